#pragma once

#include <QMenu>

namespace pledgecheck {

/// The Help menu: the user guide (docs/user-guide.md) and the model's documentation
/// (docs/model.md), opened as local files; What's This (Shift+F1); About PledgeCheck (its version,
/// Qt's, the licence) and About Qt.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *parent);

    /// The local copy of documentation file @p relativePath ("docs/user-guide.md", "docs/model.md"): under
    /// the installed docs folder (share/doc/PledgeCheck beside the program's bin folder) when
    /// there is one, else in the source tree the program was built from. Empty when neither has it.
    static QString documentationFile(const QString &relativePath);
    /// The About box's text (rich text): the version, the Qt it was built with and runs on, and
    /// the licence.
    static QString aboutText();

private:
    void openDocumentation(const QString &relativePath);
};

} // namespace pledgecheck
