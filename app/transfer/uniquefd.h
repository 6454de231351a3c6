// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <utility>

#include <unistd.h>

namespace lvdesk {

// UniqueFd: a file or directory descriptor closed when it goes out of scope (the zip and reply
// code works on descriptors, so that no name is resolved through a link twice).
class UniqueFd
{
public:
    explicit UniqueFd(int fd = -1)
        : m_fd(fd)
    { }
    ~UniqueFd() { reset(); }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    // Hands the descriptor over; this object no longer closes it.
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

} // namespace lvdesk
