#include "datedentrieseditor.h"

#include "datedentriesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pledgecheck {
namespace {

/// A list to pick from where the model offers choices, a line to type in elsewhere; what is
/// picked or typed goes to the model as it is, for the model to read and check.
class DatedEntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        const auto choices = model(index)->choices(index);
        if (choices.isEmpty())
            return new QLineEdit(parent);
        auto *combo = new QComboBox(parent);
        for (const auto &[text, value] : choices)
            combo->addItem(text, value);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(value.toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *itemModel, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            itemModel->setData(index, combo->currentData());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            itemModel->setData(index, line->text());
    }

private:
    static const DatedEntriesModel *model(const QModelIndex &index)
    {
        return static_cast<const DatedEntriesModel *>(index.model());
    }
};

} // namespace

DatedEntriesEditor::DatedEntriesEditor(DatedEntriesModel *model, const QString &accessibleName,
                                       const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problem(new QLabel(this))
{
    model->setParent(this);
    m_table->setModel(model);
    m_table->setItemDelegate(new DatedEntryDelegate(m_table));
    m_table->setAccessibleName(accessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The short columns (month, parameter or metric, figures) as wide as their contents, the note
    // or source the rest: at 100 pixels each, six columns left the source 85 in a 600-pixel dock.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Tab leaves the table, as it leaves the yearly figures: the arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_add->setAccessibleDescription(tr("Adds a row to the table (Insert)"));
    m_remove->setAccessibleDescription(tr("Removes the current row (Delete)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    // Keys of the table alone, so that Delete in a field elsewhere deletes text, not a row.
    for (const auto &[key, slot] : {std::pair{QKeySequence(Qt::Key_Insert), &DatedEntriesEditor::addEntry},
                                    std::pair{QKeySequence(QKeySequence::Delete), &DatedEntriesEditor::removeCurrentEntry}}) {
        auto *action = new QAction(m_table);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    }
    connect(m_add, &QPushButton::clicked, this, &DatedEntriesEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &DatedEntriesEditor::removeCurrentEntry);
    connect(model, &DatedEntriesModel::problemChanged, this, &DatedEntriesEditor::showProblem);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DatedEntriesEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &DatedEntriesEditor::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DatedEntriesEditor::updateButtons);
    updateButtons();
}

// The table, destroyed with this editor's children, commits a cell still being edited: by then
// this editor is no longer one to tell.
DatedEntriesEditor::~DatedEntriesEditor()
{
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
}

void DatedEntriesEditor::addEntry()
{
    if (const auto row = m_model->addEntry()) {
        m_table->setCurrentIndex(m_model->index(*row, 0));
        m_table->scrollTo(m_table->currentIndex());
    }
}

void DatedEntriesEditor::removeCurrentEntry()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row(), column = current.column();
    m_model->removeEntry(row);
    // The row that took its place, or the one above at the end, so that Delete can go on.
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, rows - 1), column));
}

void DatedEntriesEditor::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DatedEntriesEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentIndex().isValid() && m_model->rowCount() > 0);
}

} // namespace pledgecheck
