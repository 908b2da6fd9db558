#pragma once

namespace hsm::cli {

/// The whole hsmwb program: parses argv, runs one command, returns the process exit code.
/// Needs a QCoreApplication (translations, Qt's command line parser).
[[nodiscard]] int run(int argc, char** argv);

} // namespace hsm::cli
