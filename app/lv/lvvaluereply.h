// SPDX-License-Identifier: EUPL-1.2

#pragma once

// LvValueReply<T>: an LvReply whose 2xx body is decoded into T by one of LvCodec's decoders,
// either on the main thread or, for the heavy resources, on a QThreadPool worker so that a large
// feed page or action never stalls the UI.

#include "lv/decodeerror.h"
#include "lv/lvreply.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace lvdesk {

template<typename T>
class LvValueReply : public LvReply
{
public:
    using Decoder = std::function<DecodeResult<T>(const QByteArray &)>;

    LvValueReply(const QString &endpoint, qint64 bodyLimit, bool decodeInBackground,
                 Decoder decoder, QObject *parent)
        : LvReply(endpoint, bodyLimit, decodeInBackground, parent)
        , m_decoder(std::move(decoder))
    { }

    // The decoded answer; only valid when isOk().
    const T &value() const { return *m_value; }
    // Moves the value out (e.g. into the store's queue) without copying a large action.
    T takeValue() { return std::move(*m_value); }

protected:
    void completeOk() override
    {
        if (!decodeInBackground()) {
            apply(m_decoder(bodyBuffer()));
            return;
        }
        // The worker gets its own copies; the answer comes back through the event loop of the
        // main thread and is dropped if the reply is gone or canceled by then.
        QPointer<LvValueReply> self(this);
        Decoder decoder = m_decoder;
        const QByteArray body = bodyBuffer();
        QThreadPool::globalInstance()->start([self, decoder, body]() {
            auto result = std::make_shared<DecodeResult<T>>(decoder(body));
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, result]() {
                    if (self && !self->isFinished())
                        self->apply(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

private:
    void apply(DecodeResult<T> result)
    {
        if (!result.isOk()) {
            const DecodeError &e = result.error();
            finish(
                LvError::malformed(httpStatus(), e.path, e.message, DecodeError::kindName(e.kind)));
            return;
        }
        m_value = std::move(result).value();
        finish();
    }

    Decoder m_decoder;
    std::optional<T> m_value;
};

} // namespace lvdesk
