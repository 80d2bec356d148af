// The one writer of every file: whole or untouched, never a success it did not make.
#include "atomicfile.h"

#include "filesizelimit.h"
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <ostream>

// Messages as text when a comparison fails.
static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

using namespace pledgecheck;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// As large as the CSV the tester saw cut to 4,096 bytes: under Qt's 16 KiB write buffer.
QByteArray newData(qsizetype size = 7079)
{
    QByteArray data(size, 'n');
    for (qsizetype i = 80; i < size; i += 81)
        data[i] = '\n';
    return data;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

class AtomicFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_path = m_folder.filePath("data.csv");
        QFile old(m_path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(m_old);
        old.close();
    }

    QTemporaryDir m_folder;
    QString m_path;
    const QByteArray m_old = QByteArray("the old file, whole\n").repeated(50);
};

} // namespace

TEST_F(AtomicFile, WritesEveryByteAndLeavesNoTemporaryFile)
{
    QString error;
    ASSERT_TRUE(writeFileAtomically(m_path, newData(), &error)) << error.toStdString();
    EXPECT_EQ(contentsOf(m_path), newData());
    EXPECT_EQ(entriesOf(m_folder.path()), QStringList{"data.csv"});
}

TEST_F(AtomicFile, AWriteCutShortKeepsTheOldFileAndNamesTheReason)
{
    // Below Qt's 16 KiB buffer (once reported as saved, and cut to the limit) and above it (once
    // refused as "Unknown error").
    for (const qsizetype size : {qsizetype{7079}, qsizetype{100000}}) {
        QString error;
        bool written = true;
        {
            const FileSizeLimit limit(4096);
            ASSERT_TRUE(limit.isSet());
            written = writeFileAtomically(m_path, newData(size), &error);
        }
        EXPECT_FALSE(written) << size;
        EXPECT_EQ(error, "cannot write " + m_path + ": File too large") << size;
        EXPECT_EQ(contentsOf(m_path), m_old) << size;
        EXPECT_EQ(entriesOf(m_folder.path()), QStringList{"data.csv"}) << size;
    }
}

TEST(AtomicFileOnAFullDisk, KeepsTheOldFileAndSaysTheDiskIsFull)
{
    FullDisk disk;
    if (!disk.isMounted())
        GTEST_SKIP() << disk.problem().toStdString();
    const QString path = disk.filePath("data.csv");
    const QByteArray old = newData(3000);
    ASSERT_TRUE(writeFileAtomically(path, old, nullptr));
    // Full, then with a few KiB free: the tester saw a 0-byte file, then 4,096 of 7,079 bytes.
    for (const qint64 spare : {qint64{0}, qint64{4096}}) {
        ASSERT_TRUE(disk.fill(spare));
        ASSERT_LT(disk.freeBytes(), 7079);
        QString error;
        EXPECT_FALSE(writeFileAtomically(path, newData(), &error)) << spare;
        EXPECT_EQ(error, "cannot write " + path + ": No space left on device") << spare;
        EXPECT_EQ(contentsOf(path), old) << spare;
        EXPECT_EQ(entriesOf(QFileInfo(path).path()), (QStringList{"data.csv", "filler"})) << spare;
    }
}

TEST_F(AtomicFile, RefusesToReplaceANamedPipe)
{
    const QString pipe = m_folder.filePath("pipe.csv");
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QString error;
    EXPECT_FALSE(writeFileAtomically(pipe, newData(), &error));
    EXPECT_EQ(error, "cannot write " + pipe + ": it is a named pipe (FIFO), not a regular file");
    EXPECT_TRUE(S_ISFIFO(modeOf(pipe)));

    // A link to it is refused the same way, and stays a link.
    const QString link = m_folder.filePath("link.csv");
    ASSERT_TRUE(QFile::link(pipe, link));
    EXPECT_FALSE(writeFileAtomically(link, newData(), &error));
    EXPECT_EQ(error, "cannot write " + link + ": it is a named pipe (FIFO), not a regular file");
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_TRUE(S_ISFIFO(modeOf(pipe)));
    EXPECT_EQ(entriesOf(m_folder.path()), (QStringList{"data.csv", "link.csv", "pipe.csv"}));
}

TEST_F(AtomicFile, RefusesToReplaceAFolder)
{
    const QString folder = m_folder.filePath("folder.csv");
    ASSERT_TRUE(QDir().mkdir(folder));
    QString error;
    EXPECT_FALSE(writeFileAtomically(folder, newData(), &error));
    EXPECT_EQ(error, "cannot write " + folder + ": it is a folder, not a regular file");
    EXPECT_TRUE(S_ISDIR(modeOf(folder)));
}

TEST_F(AtomicFile, RefusesToReplaceADeviceNode)
{
    // Made here rather than risking /dev/null, which the old writer replaced when run as root.
    if (::geteuid() != 0)
        GTEST_SKIP() << "making a device node needs root (CI runs as root)";
    const QString node = m_folder.filePath("null.csv");
    ASSERT_EQ(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
    QString error;
    EXPECT_FALSE(writeFileAtomically(node, newData(), &error));
    EXPECT_EQ(error, "cannot write " + node + ": it is a character device, not a regular file");
    EXPECT_TRUE(S_ISCHR(modeOf(node)));
    EXPECT_EQ(entriesOf(m_folder.path()), (QStringList{"data.csv", "null.csv"}));
}

TEST_F(AtomicFile, KeepsTheOldFilesPermissions)
{
    ASSERT_EQ(::chmod(QFile::encodeName(m_path).constData(), 0640), 0);
    ASSERT_TRUE(writeFileAtomically(m_path, newData(), nullptr));
    EXPECT_EQ(modeOf(m_path) & 07777, 0640u);
}

TEST_F(AtomicFile, AsRootKeepsAReadOnlyFileReadOnlyAndItsOwner)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "writing over a read-only file and another's file needs root";
    const QByteArray path = QFile::encodeName(m_path);
    // Read-only; and set-user-ID, which a change of owner would clear.
    for (const mode_t mode : {mode_t{0444}, mode_t{04755}}) {
        ASSERT_EQ(::chown(path.constData(), 4321, 4322), 0);
        ASSERT_EQ(::chmod(path.constData(), mode), 0);
        QString error;
        ASSERT_TRUE(writeFileAtomically(m_path, newData(), &error)) << error.toStdString();
        EXPECT_EQ(contentsOf(m_path), newData());
        struct stat info {};
        ASSERT_EQ(::stat(path.constData(), &info), 0);
        EXPECT_EQ(info.st_mode & 07777, mode);
        EXPECT_EQ(info.st_uid, 4321u);
        EXPECT_EQ(info.st_gid, 4322u);
    }
}

TEST_F(AtomicFile, IntoAMissingFolderSaysWhy)
{
    const QString path = m_folder.filePath("missing/data.csv");
    QString error;
    EXPECT_FALSE(writeFileAtomically(path, newData(), &error));
    EXPECT_EQ(error, "cannot write " + path + ": No such file or directory");
}
