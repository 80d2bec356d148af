// The real binary against files and streams it cannot or must not use: a full disk, standard output
// that cannot be written, pipes and devices as input or output, a scenario too large to read.
#include "keyfigures.h"
#include "parametertable.h"
#include "presetlibrary.h"
#include "projection.h"
#include "scenariofile.h"

#include "binaryrun.h"
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

#ifdef Q_OS_UNIX
#include <QThread>

#include <csignal>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;
#endif

using namespace pledgecheck;
using namespace pledgecheck::testing;

TEST(CommandLine, StandardOutputThatCannotBeWrittenFailsWithTheReason)
{
    for (const QStringList &arguments : {QStringList{"--summary"}, QStringList{"--list-presets"},
                                         QStringList{"--list-parameters"}, QStringList{"--help"},
                                         QStringList{"--version"}}) {
        const ProcessResult result = run(arguments, "/dev/full");
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_EQ(result.err, "pledgecheck: cannot write to standard output: No space left on device\n")
            << arguments.join(' ').toStdString();
    }
}

namespace {

// An existing output, and a command that writes over it.
struct Overwrite {
    const char *flag;
    const char *name;
};
constexpr Overwrite kOverwrites[] = {{"--csv", "out.csv"}, {"--frontier-csv", "frontier.csv"},
                                     {"--compare-csv", "compare.csv"}, {"--save", "out.json"},
                                     {"--png", "out.png"}};

} // namespace

TEST(CommandLine, AFullDiskFailsEachOutputAndKeepsTheOldFile)
{
    FullDisk disk;
    if (!disk.isMounted())
        GTEST_SKIP() << disk.problem().toStdString();
    const QByteArray old = QByteArray("the old file, whole\n").repeated(100);
    for (const Overwrite &o : kOverwrites) {
        QFile file(disk.filePath(o.name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(old), old.size());
    }
    ASSERT_TRUE(disk.fill());
    for (const Overwrite &o : kOverwrites) {
        const QString path = disk.filePath(o.name);
        // The what-happened preset: a scenario with events and reports (format 4), compared with
        // another, so that every output carries all it can.
        QStringList arguments{"--preset", "what-happened", "--compare", "sceptic", o.flag, path};
        if (QLatin1String(o.flag) == "--png")
            arguments << "--size" << "800x450";
        const ProcessResult result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << o.flag;
        EXPECT_EQ(result.err, "pledgecheck: cannot write " + QFile::encodeName(path)
                                  + ": No space left on device\n") << o.flag;
        EXPECT_EQ(contentsOf(path), old) << o.flag;
    }
    EXPECT_EQ(QDir(QFileInfo(disk.filePath("filler")).path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
              (QStringList{"compare.csv", "filler", "frontier.csv", "out.csv", "out.json", "out.png"}));
}

TEST(CommandLine, RefusesToWriteOverAPipeOrADevice)
{
    QTemporaryDir folder;
    const QString pipe = folder.filePath("pipe.csv");
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    EXPECT_EQ(refusal({"--csv", pipe}),
              "pledgecheck: cannot write " + pipe.toStdString() + ": it is a named pipe (FIFO), not a regular file");
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
    if (::geteuid() != 0)
        GTEST_SKIP() << "making a device node needs root (CI runs as root)";
    // The node of /dev/null, made here: the old writer, run as root, replaced the real one.
    const QString node = folder.filePath("null");
    ASSERT_EQ(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
    for (const char *flag : {"--csv", "--frontier-csv", "--save", "--png"}) {
        EXPECT_EQ(refusal({flag, node}),
                  "pledgecheck: cannot write " + node.toStdString() + ": it is a character device, not a regular file");
        ASSERT_EQ(::stat(QFile::encodeName(node).constData(), &info), 0);
        EXPECT_TRUE(S_ISCHR(info.st_mode)) << flag;
    }
}

// Issue "Nothing lost", items 4, 5, 6 and 9, end to end.


#ifdef Q_OS_UNIX
TEST(CommandLine, RefusesADeviceAsScenarioAtOnce)
{
    // Before: read /dev/zero until memory ran out.
    const ProcessResult result = runWithin({"--summary", "--scenario", "/dev/zero"}, 10000);
    ASSERT_NE(result.exitCode, -2) << "still reading /dev/zero after 10 s";
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.trimmed(),
              "pledgecheck: /dev/zero: not a scenario file: the path is a device, not a regular file");
}

TEST(CommandLine, RefusesAPipeAsScenarioWithoutWaitingForAWriter)
{
    QTemporaryDir folder;
    const QString fifo = folder.filePath("scenario.fifo");
    ASSERT_EQ(QProcess::execute("mkfifo", {fifo}), 0);
    // Before: open() blocked for ever, waiting for a writer that never comes.
    const ProcessResult result = runWithin({"--summary", "--scenario", fifo}, 10000);
    ASSERT_NE(result.exitCode, -2) << "blocked on the pipe for 10 s";
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.trimmed().toStdString(),
              "pledgecheck: " + fifo.toStdString() + ": not a scenario file: the path is a pipe, not a regular file");
}
#endif

TEST(CommandLine, RefusesAScenarioFileOfSeventeenMebibytes)
{
    QTemporaryDir folder;
    QByteArray json = scenariofile::serialize(Scenario{});
    json.insert(json.indexOf('{') + 1, QByteArray(17 * 1024 * 1024, ' '));
    const QString path = folder.filePath("large.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    EXPECT_TRUE(contains(refusal({"--summary", path}), "large.json: not a PledgeCheck scenario: larger than "
                                                       "16777216 bytes (16 MiB)"));
}
