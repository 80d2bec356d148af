#include "eventstablemodel.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "scenarioeventrules.h"
#include "valuetext.h"

#include <algorithm>
#include <cmath>

namespace pledgecheck {

EventsTableModel::EventsTableModel(ScenarioDocument *document, QObject *parent)
    : DatedEntriesModel(parent)
    , m_document(document)
    , m_events(document->scenario().events)
{
    const auto follow = [this] { this->follow(m_events, m_document->scenario().events); };
    connect(document, &ScenarioDocument::eventsChanged, this, follow);
    connect(document, &ScenarioDocument::documentReset, this, follow);
}

int EventsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScenarioEvent &event = m_events[static_cast<std::size_t>(index.row())];
    const ParameterDescriptor &d = descriptor(event.parameter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool editing = role == Qt::EditRole;
    switch (index.column()) {
    case Month:
        return editing ? QString::fromStdString(event.month.toString()) : monthText(event.month.toIndex());
    case Parameter:
        return editing ? QVariant(static_cast<int>(event.parameter)) : QVariant(labelText(d));
    case Value:
        if (d.kind == ParameterKind::Choice)
            return editing ? QVariant(static_cast<int>(std::lround(event.value))) : QVariant(valueText(d, event.value));
        return editing ? editText(event.value, &d) : valueText(d, event.value);
    case Note:
        return QString::fromStdString(event.note);
    }
    return {};
}

bool EventsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    ScenarioEvent event = m_events[row];
    const ParameterDescriptor &d = descriptor(event.parameter);
    switch (index.column()) {
    case Month: {
        const auto month = monthFrom(value);
        if (!month)
            return false;
        event.month = *month;
        break;
    }
    case Parameter: {
        const auto parameter = static_cast<ParameterId>(value.toInt());
        if (parameter == event.parameter)
            return true;
        event.parameter = parameter;
        // The value as set is a value in range, and a starting point to change from.
        event.value = m_document->scenario().parameters[parameter];
        break;
    }
    case Value:
        if (d.kind == ParameterKind::Choice) {
            event.value = value.toInt();
        } else {
            const auto number = numberFrom(value, &d);
            if (!number)
                return false;
            event.value = *number;
        }
        break;
    case Note:
        event.note = value.toString().toStdString();
        break;
    default:
        return false;
    }
    return commit(m_document, [&] { return m_document->changeEvent(row, event); });
}

QVariant EventsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month: return tr("Month");
    case Parameter: return tr("Parameter");
    case Value: return tr("New value");
    case Note: return tr("Note (what happened, source)");
    }
    return {};
}

std::optional<int> EventsTableModel::addEntry()
{
    const Parameters &parameters = m_document->scenario().parameters;
    const YearMonth first = eventrules::firstEventMonth(parameters);
    const YearMonth last = eventrules::lastMonth(parameters);
    ScenarioEvent event;
    event.parameter = ParameterId::AnnualGrowthRate;
    event.value = parameters[event.parameter];
    int month = first.plusMonths(11).toIndex();
    for (const ScenarioEvent &e : m_events)
        month = std::max(month, e.month.toIndex() + 1);
    month = std::min(month, last.toIndex());
    const auto taken = [this, &event](int m) {
        return std::any_of(m_events.begin(), m_events.end(), [&](const ScenarioEvent &e) {
            return e.parameter == event.parameter && e.month.toIndex() == m;
        });
    };
    while (month < last.toIndex() && taken(month))
        ++month;
    event.month = YearMonth::fromIndex(month);
    if (!commit(m_document, [&] { return m_document->addEvent(event); }))
        return std::nullopt;
    return rowCount() - 1;
}

void EventsTableModel::removeEntry(int row)
{
    if (row >= 0 && row < rowCount())
        commit(m_document, [&] { return m_document->removeEvent(static_cast<std::size_t>(row)); });
}

QList<QPair<QString, QVariant>> EventsTableModel::choices(const QModelIndex &index) const
{
    QList<QPair<QString, QVariant>> list;
    if (!index.isValid() || index.row() >= rowCount())
        return list;
    if (index.column() == Parameter) {
        for (const ParameterDescriptor &d : parameterTable()) {
            if (d.changesByEvent)
                list.append({labelText(d), static_cast<int>(d.id)});
        }
    } else if (index.column() == Value) {
        const ParameterDescriptor &d = descriptor(m_events[static_cast<std::size_t>(index.row())].parameter);
        if (d.kind == ParameterKind::Choice) {
            for (int i = 0; i < static_cast<int>(d.choices.size()); ++i)
                list.append({choiceText(d, i), i});
        }
    }
    return list;
}

} // namespace pledgecheck
