#include "numberspinbox.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace pledgecheck {

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QChar point = locale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text + (text == locale().toString(1) ? m_unitAfterOne : m_unitAfterOthers);
}

void NumberSpinBox::setUnits(const QString &afterOne, const QString &afterOthers)
{
    m_unitAfterOne = afterOne;
    m_unitAfterOthers = afterOthers;
    setValue(value()); // shows the unit
    updateGeometry();
}

namespace {

// How much wider than Qt's own measure the widest whole text of @p box's ends is: Qt measures
// prefix, number, suffix and a space, cut to 18 characters.
int missingWidth(const NumberSpinBox &box)
{
    const QFontMetrics metrics(box.font());
    int measured = 0, whole = 0;
    for (const double end : {box.minimum(), box.maximum()}) {
        const QString text = box.prefix() + box.textFromValue(end) + box.suffix() + QLatin1Char(' ');
        measured = std::max(measured, metrics.horizontalAdvance(text.left(18)));
        whole = std::max(whole, metrics.horizontalAdvance(text));
    }
    return whole - measured;
}

} // namespace

QSize NumberSpinBox::sizeHint() const
{
    return QDoubleSpinBox::sizeHint() + QSize(missingWidth(*this), 0);
}

QSize NumberSpinBox::minimumSizeHint() const
{
    return QDoubleSpinBox::minimumSizeHint() + QSize(missingWidth(*this), 0);
}

QString NumberSpinBox::numberPart(const QString &text) const
{
    QString number = text;
    if (number.startsWith(prefix()))
        number.remove(0, prefix().size());
    if (!suffix().isEmpty() && number.endsWith(suffix()))
        number.chop(suffix().size());
    // Either unit, whatever the number: "2 worker" while it is being typed over "1 worker".
    for (const QString &unit : {m_unitAfterOthers, m_unitAfterOne}) {
        if (!unit.isEmpty() && number.endsWith(unit)) {
            number.chop(unit.size());
            break;
        }
    }
    number.remove(locale().groupSeparator());
    return number.trimmed();
}

double NumberSpinBox::valueFromText(const QString &text) const
{
    return locale().toDouble(numberPart(text));
}

QValidator::State NumberSpinBox::validate(QString &text, int &position) const
{
    Q_UNUSED(position);
    const QString number = numberPart(text);
    if (number.isEmpty() || number == locale().negativeSign() || number.endsWith(locale().decimalPoint()))
        return QValidator::Intermediate;
    bool ok = false;
    const double value = locale().toDouble(number, &ok);
    if (!ok)
        return QValidator::Invalid;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
}

void NumberSpinBox::reportOutOfRange()
{
    bool ok = false;
    const double typed = locale().toDouble(numberPart(lineEdit()->displayText()), &ok);
    if (ok && (typed < minimum() || typed > maximum()))
        emit refused(typed);
}

void NumberSpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        reportOutOfRange();
    QDoubleSpinBox::keyPressEvent(event);
}

void NumberSpinBox::focusOutEvent(QFocusEvent *event)
{
    reportOutOfRange();
    QDoubleSpinBox::focusOutEvent(event);
}

} // namespace pledgecheck
