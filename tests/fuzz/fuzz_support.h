#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp). Each target defines
// LLVMFuzzerTestOneInput; it is linked either with libFuzzer (the fuzz build) or with
// replay_main.cpp (every build), so it must not depend on either.
namespace reelforge::fuzz {

// Drops Qt's and libav's log output below critical: a fuzzer feeds millions of broken
// inputs and every one of them would log. Call once per process (cheap to call again).
void quietLogging();

// Fails the run when an invariant does not hold: prints `what` and aborts, which libFuzzer
// reports as a crash (and saves the input) and a replay test reports as a failure.
void require(bool condition, const char* what);

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A private temporary folder for the life of the process.
QString workFolder();

}  // namespace reelforge::fuzz
