#include "helpmenu.h"

#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>
#include <QWhatsThis>

namespace pledgecheck {
namespace {

// Set for this file by ui/CMakeLists.txt: the project's source tree and the
// installed docs folder relative to the installed program's folder.
const QString kVersion = QStringLiteral(PLEDGECHECK_VERSION);
const QString kSourceDir = QStringLiteral(PLEDGECHECK_SOURCE_DIR);
const QString kDocsFromProgram = QStringLiteral(PLEDGECHECK_DOCS_FROM_PROGRAM);

QStringList documentationFolders()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(kDocsFromProgram), kSourceDir};
}

} // namespace

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = addAction(tr("PledgeCheck &User Guide"), this,
                               [this] { openDocumentation(QStringLiteral("docs/user-guide.md")); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *model = addAction(tr("The &Model: Equations and Sources"), this,
                               [this] { openDocumentation(QStringLiteral("docs/model.md")); });
    model->setObjectName(QStringLiteral("modelDocumentationAction"));
    // Shift+F1, then a click on a key figure or a chart's tab: what it is and how it is computed.
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    addAction(whatsThis);
    addSeparator();
    QAction *about = addAction(tr("&About PledgeCheck"), this, [this] {
        QMessageBox::about(parentWidget(), tr("About PledgeCheck"), aboutText());
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QString HelpMenu::documentationFile(const QString &relativePath)
{
    for (const QString &folder : documentationFolders()) {
        const QFileInfo file(QDir(folder).filePath(relativePath));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

QString HelpMenu::aboutText()
{
    return tr("<h3>PledgeCheck %1</h3>"
              "<p>A scenario modeller for job-creation pledges: Alibaba's January 2017 pledge of "
              "one million US jobs, tested against its assumptions, every default citing its "
              "public source.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>Licence: none is declared yet; the README names none. Qt is used under the GNU "
              "LGPL version 3 (Help &gt; About Qt).</p>")
        .arg(kVersion, QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void HelpMenu::openDocumentation(const QString &relativePath)
{
    const QString path = documentationFile(relativePath);
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QStringList looked;
        for (const QString &folder : documentationFolders())
            looked << QDir::toNativeSeparators(QDir(folder).filePath(relativePath));
        QMessageBox::information(
            parentWidget(), tr("Documentation"),
            path.isEmpty()
                ? tr("No local copy of %1 was found. Looked for:\n%2")
                      .arg(relativePath, looked.join(QLatin1Char('\n')))
                : tr("Could not open %1: no program is set to open it.")
                      .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace pledgecheck
