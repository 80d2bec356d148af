#include "datedentriesmodel.h"

#include "parameterdescriptor.h"
#include "scenariodocument.h"
#include "valuetext.h"

#include <QDate>
#include <QLocale>

namespace pledgecheck {

Qt::ItemFlags DatedEntriesModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool DatedEntriesModel::commit(ScenarioDocument *document, const std::function<bool()> &edit)
{
    // The document says why in editRefused(), which the window also shows for every other edit:
    // caught here for this edit alone, so that the table says it beside the table.
    QString problem;
    const auto connection = connect(document, &ScenarioDocument::editRefused, this,
                                    [&problem](const QString &reason) { problem = reason; });
    const bool kept = edit();
    disconnect(connection);
    emit problemChanged(kept ? QString() : problem);
    return kept;
}

bool DatedEntriesModel::refuse(const QString &problem)
{
    emit problemChanged(problem);
    return false;
}

std::optional<YearMonth> DatedEntriesModel::monthFrom(const QVariant &text)
{
    const QString typed = text.toString().trimmed();
    if (const auto month = YearMonth::parse(typed.toStdString()))
        return month;
    const QDate date = QLocale().toDate(typed, monthFormat());
    if (date.isValid())
        return YearMonth{date.year(), date.month()};
    refuse(tr("\"%1\" is not a month: write it as YYYY-MM, for example 2018-09").arg(typed));
    return std::nullopt;
}

std::optional<double> DatedEntriesModel::numberFrom(const QVariant &text, const ParameterDescriptor *d)
{
    QString typed = text.toString().trimmed();
    // The unit as written after any number or after 1: "2 workers", "1 worker".
    for (const QString &suffix : {d ? unitSuffix(*d).trimmed() : QString(), d ? unitSuffix(*d, 1).trimmed() : QString()}) {
        if (!suffix.isEmpty() && typed.endsWith(suffix)) {
            typed.chop(suffix.size());
            break;
        }
    }
    typed = typed.trimmed();
    if (typed.endsWith(QLatin1Char('%')))
        typed = typed.chopped(1).trimmed();
    bool ok = false;
    double value = QLocale().toDouble(typed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(typed, &ok);
    if (!ok) {
        refuse(tr("\"%1\" is not a number: type one such as %2")
                   .arg(text.toString().trimmed(), d && d->percent ? QStringLiteral("5 %")
                                                                   : QLocale().toString(19000)));
        return std::nullopt;
    }
    return d && d->percent ? value / 100.0 : value;
}

QString DatedEntriesModel::editText(double value, const ParameterDescriptor *d)
{
    return numberText(d && d->percent ? value * 100.0 : value, 6);
}

} // namespace pledgecheck
