#pragma once

#include "yearmonth.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <optional>

namespace pledgecheck {

class ScenarioDocument;
struct ParameterDescriptor;

/// What the Events and Observations tables share: a row an entry of one of the document's lists,
/// kept as a copy so that an edit made anywhere (the table, undo, an opened file) inserts, removes
/// or changes rows as a view can follow, with its current row kept. An edit the document refuses,
/// or text that is no month or number, leaves the entry as it was and says why through
/// problemChanged(); the next edit that goes through clears it.
class DatedEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Adds an entry that fits the scenario (the document picks nothing: each list's model knows
    /// a sensible new entry); returns its row, or none when the document refused it.
    virtual std::optional<int> addEntry() = 0;
    virtual void removeEntry(int row) = 0;

    /// The values a cell may take, (text shown, value for setData()), when it is a choice (a
    /// parameter, a metric, a growth curve); empty for a cell typed as text.
    virtual QList<QPair<QString, QVariant>> choices(const QModelIndex &index) const = 0;

    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// Why the last edit was not kept, or empty once one is.
    void problemChanged(const QString &problem);

protected:
    /// Runs @p edit (a document change...() call) and reports its refusal, if any.
    bool commit(ScenarioDocument *document, const std::function<bool()> &edit);
    /// Reports @p problem as the last edit's, without asking the document.
    bool refuse(const QString &problem);

    /// @p text as a month: "2018-09" or as the window writes months; none with a problem set.
    std::optional<YearMonth> monthFrom(const QVariant &text);
    /// @p text as a number in @p d's units as shown (percent for a rate), returned in the
    /// model's units; none with a problem set.
    std::optional<double> numberFrom(const QVariant &text, const ParameterDescriptor *d);
    /// The number as a cell's editor starts from: plain, in the locale, no unit.
    static QString editText(double value, const ParameterDescriptor *d);

    /// Brings @p cached to @p fresh as rows a view can follow: one added at the end, one removed,
    /// the same count changed in place, or anything else as a reset.
    template <typename Entries>
    void follow(Entries &cached, const Entries &fresh)
    {
        const auto count = [](const Entries &entries) { return static_cast<int>(entries.size()); };
        if (count(fresh) == count(cached) + 1 && std::equal(cached.begin(), cached.end(), fresh.begin())) {
            beginInsertRows({}, count(cached), count(cached));
            cached = fresh;
            endInsertRows();
        } else if (count(fresh) + 1 == count(cached)) {
            const auto gone = std::mismatch(fresh.begin(), fresh.end(), cached.begin()).second;
            const int row = static_cast<int>(gone - cached.begin());
            beginRemoveRows({}, row, row);
            cached = fresh;
            endRemoveRows();
        } else if (count(fresh) == count(cached)) {
            cached = fresh;
            if (!cached.empty())
                emit dataChanged(index(0, 0), index(count(cached) - 1, columnCount() - 1));
        } else {
            beginResetModel();
            cached = fresh;
            endResetModel();
        }
    }
};

} // namespace pledgecheck
