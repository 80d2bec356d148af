#pragma once

#include "parameterdescriptor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pledgecheck {

/// One --set ID=VALUE, already checked against the parameter's range.
struct ParameterOverride {
    ParameterId id;
    double value;
};

/// What the command line asks for. See parse() for the flags.
struct CommandLineOptions {
    QString preset;       ///< --preset NAME
    QString scenarioFile; ///< --scenario FILE, or the FILE argument
    QList<ParameterOverride> overrides;
    bool summary = false; ///< --summary
    QString csvFile;      ///< --csv FILE
    QString saveFile;     ///< --save FILE
    bool listPresets = false;
    bool listParameters = false;
    bool help = false;
    bool version = false;

    /// True when the command runs without a window: any output flag or --list flag.
    bool headless() const;

    /// Reads @p arguments (argv, program name first). Returns none on bad input and sets
    /// @p error to one line naming the problem.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error);

    /// The --help text.
    static QString helpText();
};

} // namespace pledgecheck
