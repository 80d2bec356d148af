// The installed MIME package as the desktop reads it: update-mime-database builds its database (as
// the .deb's trigger does), then Qt's QMimeDatabase, which reads the same shared-mime-info files
// as the file managers, names each kind of file.
#include "scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;

namespace {

const QString kScenarioType = QStringLiteral("application/x-pledgecheck-scenario");

class InstalledFileType : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // The installed package alone in a data folder of its own, before the system's: the type
        // it inherits from, application/json, comes from the system's shared-mime-info.
        s_data = new QTemporaryDir;
        ASSERT_TRUE(QDir().mkpath(s_data->filePath("mime/packages")));
        ASSERT_TRUE(QFile::copy(QStringLiteral(INSTALLED_MIME_PACKAGE),
                                s_data->filePath("mime/packages/pledgecheck.xml")));
        QProcess update;
        update.start(QStringLiteral(UPDATE_MIME_DATABASE), {s_data->filePath("mime")});
        ASSERT_TRUE(update.waitForFinished(60000));
        ASSERT_EQ(update.exitCode(), 0) << update.readAllStandardError().toStdString();
        ASSERT_TRUE(QFile::exists(s_data->filePath("mime/mime.cache")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(s_data->filePath("no-user-data")));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(s_data->path() + QStringLiteral(":/usr/share")));
    }
    static void TearDownTestSuite() { delete s_data; }

    // A scenario as the app writes it, at @p name in a folder of its own.
    QString writtenScenario(const QString &name)
    {
        const QString path = m_files.filePath(name);
        EXPECT_TRUE(scenariofile::write(path, Scenario{}, nullptr));
        return path;
    }

    QTemporaryDir m_files;
    QMimeDatabase m_database;
    static QTemporaryDir *s_data;
};

QTemporaryDir *InstalledFileType::s_data = nullptr;

TEST_F(InstalledFileType, NamesAScenarioByItsExtension)
{
    const QMimeType type = m_database.mimeTypeForFile(writtenScenario("central.pledgecheck"));
    EXPECT_EQ(type.name(), kScenarioType);
    EXPECT_EQ(type.comment(), "PledgeCheck scenario");
    EXPECT_EQ(type.preferredSuffix(), "pledgecheck");
    EXPECT_TRUE(type.inherits("application/json")); // a JSON editor still offers to open it
    // By its name alone, before a byte is read: an empty or new file is a scenario too.
    EXPECT_EQ(m_database.mimeTypeForFile("new.pledgecheck", QMimeDatabase::MatchExtension).name(),
              kScenarioType);
}

TEST_F(InstalledFileType, NamesAScenarioThatLostItsExtensionByItsContent)
{
    const QString path = writtenScenario("sent by mail");
    EXPECT_EQ(m_database.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), kScenarioType);
    EXPECT_EQ(m_database.mimeTypeForFile(path).name(), kScenarioType);

    // Written by hand without the space after the colon.
    const QString compact = m_files.filePath("compact");
    QFile file(compact);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"pledgecheck-scenario","version":3,"parameters":{}})");
    file.close();
    EXPECT_EQ(m_database.mimeTypeForFile(compact).name(), kScenarioType);
}

TEST_F(InstalledFileType, LeavesJsonFilesJson)
{
    // An older scenario named .json stays JSON by its name: PledgeCheck opens it, but does not
    // take every JSON file on the desktop for its own.
    EXPECT_EQ(m_database.mimeTypeForFile(writtenScenario("older.json")).name(), "application/json");

    // Other JSON without an extension is not a scenario.
    const QString other = m_files.filePath("settings");
    QFile file(other);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "something-else", "version": 3})");
    file.close();
    EXPECT_NE(m_database.mimeTypeForFile(other).name(), kScenarioType);
}

} // namespace
