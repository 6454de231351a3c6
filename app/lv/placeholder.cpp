#include <QtGlobal>
namespace lvdesk {
int placeholder_lv()
{
    return 0;
}
} // namespace lvdesk
