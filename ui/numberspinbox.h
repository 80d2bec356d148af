#pragma once

#include <QDoubleSpinBox>

namespace pledgecheck {

/// A spin box for exact values that reads as an analyst writes: thousands separators and no
/// trailing zeros ("1,000,000", "36 %", "2.5"), while keeping up to decimals() places.
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &position) const override;

private:
    QString numberPart(const QString &text) const;
};

} // namespace pledgecheck
