#pragma once

#include <QDoubleSpinBox>

namespace pledgecheck {

/// A spin box for exact values that reads as an analyst writes: thousands separators, no
/// trailing zeros and the unit in the number's grammar ("1,000,000 jobs", "36 %", "1 worker"), while keeping up to decimals() places. A number
/// typed outside its range is not applied (the box goes back to its value, as any QSpinBox does)
/// and is reported by refused(), so that the editor can say why.
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    /// The unit after the number, " worker" after exactly 1 and " workers" after any other
    /// value: in place of a suffix, which cannot change with the value.
    void setUnits(const QString &afterOne, const QString &afterOthers);

    QString textFromValue(double value) const override;
    /// Wide enough for the whole text of the minimum and the maximum: Qt measures only their
    /// first 18 characters, and "2,142,857 USD a year" was cut to "2,142,857 USD a yea".
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;

signals:
    /// Enter or leaving the box found @p typed (in the box's units) outside minimum() to maximum().
    void refused(double typed);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString numberPart(const QString &text) const;
    /// Emits refused() when the text being edited is a number out of range; before the base class
    /// puts the value back, which it does in the same event.
    void reportOutOfRange();

    QString m_unitAfterOne;
    QString m_unitAfterOthers;
};

} // namespace pledgecheck
