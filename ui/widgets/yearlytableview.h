#pragma once

#include <QTableView>

namespace pledgecheck {

/// The yearly table. Copy (Ctrl+C) puts the selected cells on the clipboard as tab-separated
/// plain numbers (to 12 significant digits, so 0.19 x 7000 reads 1330, not 1329.9999999999998)
/// with their column headers, which spreadsheets paste as columns.
class YearlyTableView : public QTableView
{
    Q_OBJECT

public:
    explicit YearlyTableView(QWidget *parent = nullptr);

    /// The selection as tab-separated text, headers first.
    QString selectionAsText() const;
    /// Puts the selection on the clipboard and says what it copied (copied()), or that nothing
    /// is selected.
    void copySelection();

signals:
    /// A confirmation for the status bar: "Copied 3 rows of the yearly table".
    void copied(const QString &confirmation);
};

} // namespace pledgecheck
