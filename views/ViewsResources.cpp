#include "ViewsResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIconsResource() {
    Q_INIT_RESOURCE(icons);
}

namespace hsm {

void initViewsResources() {
    static const bool done = [] {
        initIconsResource();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace hsm
