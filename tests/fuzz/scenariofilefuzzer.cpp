// libFuzzer target: the scenario file reader (scenariofile::parse) on any bytes. A file it refuses
// must come with a message; a file it accepts must pass checkAcceptedScenario. The README's
// "Fuzzing" section says how to run it.
#include "scenariochecks.h"
#include "scenariofile.h"

#include <cstddef>
#include <cstdint>

using namespace pledgecheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    QString error;
    const auto scenario = scenariofile::parse(bytes, &error);
    if (!scenario) {
        fuzz::require(!error.isEmpty(), "a refused file comes with a message");
        return 0;
    }
    fuzz::checkAcceptedScenario(*scenario);
    return 0;
}
