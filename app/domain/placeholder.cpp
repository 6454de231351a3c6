#include <QtGlobal>
namespace lvdesk {
int placeholder_domain()
{
    return 0;
}
} // namespace lvdesk
