#pragma once

#include "datedentriesmodel.h"
#include "scenarioevents.h"

namespace pledgecheck {

/// The scenario's events as a table: month, parameter (those an event may change), value in the
/// parameter's units as the window shows them (percent for a rate, a name for the growth curve)
/// and note. Each edit is one undo step through the document, checked by its rules.
class EventsTableModel : public DatedEntriesModel
{
    Q_OBJECT

public:
    enum Column { Month, Parameter, Value, Note, ColumnCount };

    explicit EventsTableModel(ScenarioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A change of yearly growth to its value as set, in the month after the last event (a year
    /// after the start for the first), or the next month free of one.
    std::optional<int> addEntry() override;
    void removeEntry(int row) override;
    QList<QPair<QString, QVariant>> choices(const QModelIndex &index) const override;

private:
    ScenarioDocument *m_document;
    ScenarioEvents m_events; ///< the document's, as the rows show them
};

} // namespace pledgecheck
