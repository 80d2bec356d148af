#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

/// The JSON object `--summary` prints with @p arguments, expecting exit status 0.
QJsonObject summaryOf(const QStringList &arguments);

} // namespace pledgecheck::testing
