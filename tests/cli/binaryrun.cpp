#include "binaryrun.h"

#include "scenariofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <charconv>

namespace pledgecheck::testing {

namespace {

// Starts the binary with no display at all, as on a server.
void start(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(PLEDGECHECK_BINARY, arguments);
}

ProcessResult resultOf(QProcess &process)
{
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

ProcessResult run(const QStringList &arguments, const QString &standardOutput)
{
    QProcess process;
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput);
    start(process, arguments);
    EXPECT_TRUE(process.waitForFinished(30000)) << arguments.join(' ').toStdString();
    return resultOf(process);
}

ProcessResult runWithin(const QStringList &arguments, int milliseconds)
{
    QProcess process;
    start(process, arguments);
    if (!process.waitForFinished(milliseconds)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, {}};
    }
    return resultOf(process);
}

QString writeScenario(const QTemporaryDir &folder, const QString &name, const Scenario &scenario)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(scenariofile::serialize(scenario));
    return path;
}

QJsonObject summaryOf(const QStringList &arguments)
{
    const ProcessResult result = run(QStringList{"--summary"} + arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    return document.object();
}

std::string refusal(const QStringList &arguments)
{
    const ProcessResult result = run(arguments);
    EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith("pledgecheck: ")) << result.err.toStdString();
    return result.err.trimmed().toStdString();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

QList<QByteArray> csvRowsWritten(const QString &csvFlag, const QStringList &arguments)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("written.csv");
    const ProcessResult result = run(QStringList{csvFlag, path} + arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    QList<QByteArray> rows = contentsOf(path).split('\n');
    EXPECT_EQ(rows.takeLast(), ""); // every row ends with a newline
    return rows;
}

double csvNumber(const QByteArray &cell)
{
    double value = 0;
    const auto [end, problem] = std::from_chars(cell.constData(), cell.constData() + cell.size(), value);
    EXPECT_EQ(problem, std::errc()) << cell.toStdString();
    EXPECT_EQ(end, cell.constData() + cell.size()) << cell.toStdString();
    return value;
}

} // namespace pledgecheck::testing
