#pragma once

namespace hsm {

/// Registers the icons compiled into the (static) views library. A static library's resource
/// initializer is dropped by the linker unless something calls it; every window and dialog that
/// shows icons calls this first. Calling it again is harmless.
void initViewsResources();

} // namespace hsm
