#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pledgecheck {

class DatedEntriesModel;

/// A table of the scenario's events or of its reported figures, with Add and Remove beside it
/// (Insert and Delete in the table): a cell is typed over, or picked from a list where it is a
/// choice; an edit the scenario refuses keeps the old value and says why under the table.
class DatedEntriesEditor : public QWidget
{
    Q_OBJECT

public:
    /// Texts: what the table is called for screen readers ("Events"), and the Add button's.
    DatedEntriesEditor(DatedEntriesModel *model, const QString &accessibleName, const QString &addText,
                       QWidget *parent = nullptr);
    ~DatedEntriesEditor() override;

    QTableView *table() const { return m_table; }

    /// Adds an entry and makes it the current row; Insert does the same.
    void addEntry();
    /// Removes the current row's entry; Delete does the same.
    void removeCurrentEntry();

private:
    void showProblem(const QString &problem);
    void updateButtons();

    DatedEntriesModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace pledgecheck
