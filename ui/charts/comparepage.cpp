#include "comparepage.h"

#include "comparetable.h"
#include "messagetext.h"
#include "presetlibrary.h"
#include "presettitles.h"
#include "scenariofile.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pledgecheck {

ComparePage::ComparePage(QWidget *chartView, QWidget *parent)
    : QWidget(parent)
    , m_compared(std::make_shared<const ComparedScenarios>())
    , m_addPreset(new QToolButton(this))
    , m_addFile(new QPushButton(tr("Add &File..."), this))
    , m_addSaved(new QPushButton(tr("Add As &Saved"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_everyParameter(new QCheckBox(tr("Every &parameter"), this))
    , m_problem(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("comparePage"));
    m_addPreset->setObjectName(QStringLiteral("compareAddPreset"));
    m_addPreset->setText(tr("Add &Preset"));
    m_addPreset->setPopupMode(QToolButton::InstantPopup);
    m_addPreset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *presets = new QMenu(m_addPreset);
    presets->setObjectName(QStringLiteral("comparePresetMenu"));
    for (const PresetInfo &preset : presetlibrary::list()) {
        QAction *action = presets->addAction(presetTitleText(preset.title));
        action->setData(preset.name);
        connect(action, &QAction::triggered, this, [this, name = preset.name] { addScenario(name); });
    }
    m_addPreset->setMenu(presets);
    m_addFile->setObjectName(QStringLiteral("compareAddFile"));
    m_addSaved->setObjectName(QStringLiteral("compareAddSaved"));
    m_addSaved->setToolTip(tr("Compare with this scenario as it was last opened or saved"));
    m_remove->setObjectName(QStringLiteral("compareRemove"));
    m_remove->setToolTip(tr("Remove the scenario of the selected column from the comparison"));
    m_everyParameter->setObjectName(QStringLiteral("compareEveryParameter"));
    m_everyParameter->setToolTip(tr("Show every parameter, not only those that differ"));
    m_problem->setObjectName(QStringLiteral("compareProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Scenarios compared"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A long scenario name keeps its start, the part that tells it apart; the whole in its tooltip.
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_addFile, &QPushButton::clicked, this, &ComparePage::addFile);
    connect(m_addSaved, &QPushButton::clicked, this, &ComparePage::addAsSaved);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int column = m_table->currentColumn();
        if (column > 0)
            removeCompared(static_cast<std::size_t>(column - 1));
    });
    connect(m_everyParameter, &QCheckBox::toggled, this, &ComparePage::fillTable);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ComparePage::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QWidget *button : std::initializer_list<QWidget *>{m_addPreset, m_addFile, m_addSaved, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_everyParameter);
    auto *lower = new QWidget(this);
    // The buttons' row asks for no width of its own: the window still fits a laptop's 1,000
    // pixels (the table scrolls, the buttons are cut at the right in a very narrow window).
    lower->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(4, 4, 4, 0);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(m_problem);
    lowerLayout->addWidget(m_table);
    // The chart above, the table below, the user moving the line between them.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartView);
    splitter->addWidget(lower);
    // Nearly two thirds for the chart: a shorter plot cuts its count axis's title at 1366x768.
    // The rest holds ten rows of the table there, the differing parameters and the counts of
    // entries first; the table scrolls to the key figures below.
    splitter->setSizes({1750, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    updateButtons();
}

ComparePage::~ComparePage() = default;

void ComparePage::addCompared(const ComparedScenario &scenario)
{
    // A new list rather than a change to the old: an export still drawing the old one keeps it.
    auto list = std::make_shared<ComparedScenarios>(*m_compared);
    list->push_back(scenario);
    m_compared = std::move(list);
    m_problem->hide();
    fillTable();
    emit comparedChanged();
}

void ComparePage::removeCompared(std::size_t index)
{
    if (index >= m_compared->size())
        return;
    auto list = std::make_shared<ComparedScenarios>(*m_compared);
    list->erase(list->begin() + static_cast<std::ptrdiff_t>(index));
    m_compared = std::move(list);
    fillTable();
    emit comparedChanged();
}

bool ComparePage::addScenario(const QString &nameOrFile, QString *error)
{
    QString problem;
    const auto scenario = loadScenarioToCompare(nameOrFile, &problem);
    if (!scenario) {
        showProblem(problem);
        if (error)
            *error = problem;
        return false;
    }
    // A preset under its title in the window's language, as File > New from Preset lists it.
    addCompared(compareScenario(*scenario, presetTitleText(QString::fromStdString(scenario->name))));
    return true;
}

void ComparePage::addFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with Scenario"), QString(),
        tr("PledgeCheck scenarios (*.pledgecheck *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    std::optional<ModelMessage> problem;
    if (const auto scenario = scenariofile::read(path, &problem))
        addCompared(compareScenario(*scenario));
    else
        showProblem(problem ? messageText(*problem) : QString());
}

void ComparePage::addAsSaved()
{
    if (!m_shown)
        return;
    ComparedScenario saved = m_saved;
    saved.name = tr("%1 (as last opened or saved)").arg(m_saved.name);
    addCompared(saved);
}

void ComparePage::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

void ComparePage::showTable(const ComparedScenario &current, const ComparedScenario &saved)
{
    m_shown = true;
    m_current = current;
    m_saved = saved;
    fillTable();
}

void ComparePage::fillTable()
{
    if (!m_shown)
        return;
    ComparedScenario current = m_current;
    current.name = tr("%1 (this scenario)").arg(m_current.name);
    const CompareTable table = CompareTable::of(current, *m_compared);
    const bool every = m_everyParameter->isChecked();
    std::vector<const CompareTable::Row *> rows;
    for (const CompareTable::Row &row : table.rows) {
        if (!row.isParameter || row.differs || every)
            rows.push_back(&row);
    }
    const int selected = m_table->currentColumn();
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(table.columns.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels(table.columns);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(table.columns[c]);
    QFont bold = m_table->font();
    bold.setBold(true);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor marked = palette().color(QPalette::Base);
    // The highlight faint over the base, so that the text keeps its contrast.
    marked.setRgbF(marked.redF() * 0.75 + highlight.redF() * 0.25,
                   marked.greenF() * 0.75 + highlight.greenF() * 0.25,
                   marked.blueF() * 0.75 + highlight.blueF() * 0.25);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const CompareTable::Row &row = *rows[static_cast<std::size_t>(r)];
        auto *header = new QTableWidgetItem(row.differs ? QStringLiteral("\u2260 %1").arg(row.label) : row.label);
        if (row.differs) {
            header->setFont(bold);
            header->setToolTip(tr("Differs between the scenarios"));
        }
        m_table->setVerticalHeaderItem(r, header);
        for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
            auto *item = new QTableWidgetItem(row.cells[c]);
            item->setData(kDiffersRole, row.differs);
            if (row.differs) {
                item->setFont(bold);
                item->setBackground(marked);
            }
            m_table->setItem(r, c, item);
        }
    }
    if (selected >= 0 && selected < m_table->columnCount())
        m_table->setCurrentCell(0, selected);
    updateButtons();
}

void ComparePage::updateButtons()
{
    m_addSaved->setEnabled(m_shown);
    m_remove->setEnabled(m_table->currentColumn() > 0);
}

} // namespace pledgecheck
