#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace pledgecheck::testing {

/// What a run of the real binary left: its exit status (-1 when it crashed) and its output.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the binary with no display at all, as on a server; its standard output to the file
/// @p standardOutput if given.
ProcessResult run(const QStringList &arguments, const QString &standardOutput = {});

/// As run(), but gives up after @p milliseconds: a hang fails the test rather than hanging it.
/// exitCode is -2 when the binary had to be killed.
ProcessResult runWithin(const QStringList &arguments, int milliseconds);

/// Writes @p scenario as a scenario file called @p name in @p folder; returns its path.
QString writeScenario(const QTemporaryDir &folder, const QString &name, const Scenario &scenario);

/// The JSON object `--summary` prints with @p arguments, expecting exit status 0.
QJsonObject summaryOf(const QStringList &arguments);

/// A bad input: expects exit status 2, nothing on stdout and one line on stderr naming the
/// problem; returns that line.
std::string refusal(const QStringList &arguments);

/// The rows of the CSV file the flag @p csvFlag ("--frontier-csv") writes with @p arguments,
/// expecting exit status 0, nothing on stdout and a newline after every row.
QList<QByteArray> csvRowsWritten(const QString &csvFlag, const QStringList &arguments);

/// A CSV cell read as a number, expecting the whole cell to be one.
double csvNumber(const QByteArray &cell);

/// The bytes of the file at @p path; empty when it cannot be read.
QByteArray contentsOf(const QString &path);

/// Whether @p text holds @p part.
bool contains(const std::string &text, const std::string &part);

} // namespace pledgecheck::testing
