#pragma once

#include <QDoubleSpinBox>

namespace pledgecheck {

/// A spin box for exact values that reads as an analyst writes: thousands separators and no
/// trailing zeros ("1,000,000", "36 %", "2.5"), while keeping up to decimals() places. A number
/// typed outside its range is not applied (the box goes back to its value, as any QSpinBox does)
/// and is reported by refused(), so that the editor can say why.
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override;
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
};

} // namespace pledgecheck
