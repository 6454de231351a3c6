#include <QtGlobal>
namespace lvdesk {
int placeholder_store()
{
    return 0;
}
} // namespace lvdesk
