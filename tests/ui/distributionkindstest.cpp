// The distribution kinds, declared once in model/distributionkinds: the table covers the enum, and
// the scenario file, the distribution dialog and the window's text all read it, so that every
// kind goes from a file through the dialog and back to the same file.
#include "distributiondialog.h"
#include "distributionkinds.h"
#include "parametertable.h"
#include "uncertaintyjson.h"
#include "valuetext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QTest>

using namespace pledgecheck;

namespace {

QString qtext(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// An "uncertainty" block with one distribution for annual_growth_rate, whose value is 0.35.
QJsonObject uncertaintyBlock(const char *distribution)
{
    const QByteArray json = QByteArray(R"({"seed": 7, "samples": 500, "distributions": {"annual_growth_rate": )")
                            + distribution + "}}";
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class DistributionKindsTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldListEveryKindOfTheEnumOnceInItsOrder()
    {
        // The enum's last kind is LogNormal: five kinds, each at its own place.
        QCOMPARE(distributionKinds().size(), std::size_t(5));
        QCOMPARE(kDistributionKindCount, static_cast<std::size_t>(DistributionKind::LogNormal) + 1);
        QSet<QString> names, labels;
        for (std::size_t i = 0; i < distributionKinds().size(); ++i) {
            const DistributionKindInfo &kind = distributionKinds()[i];
            QCOMPARE(static_cast<std::size_t>(kind.kind), i);
            QCOMPARE(&kindInfo(kind.kind), &kind);
            names << qtext(kind.name);
            labels << qtext(kind.label);
            // Fixed takes no number; every other kind two or three, each with a key, a label and
            // a phrase, no key twice.
            QCOMPARE(kind.numbers().empty(), kind.kind == DistributionKind::Fixed);
            QSet<QString> keys;
            for (const DistributionNumber &number : kind.numbers()) {
                QVERIFY(!number.key.empty() && !number.label.empty() && !number.phrase.empty());
                keys << qtext(number.key);
            }
            QCOMPARE(keys.size(), static_cast<qsizetype>(kind.numbers().size()));
        }
        QCOMPARE(names.size(), 5);
        QCOMPARE(labels.size(), 5);
    }

    void shouldFindTheKindsAFileMayNameAndNoOther()
    {
        for (const DistributionKindInfo &kind : distributionKinds()) {
            const DistributionKindInfo *found = findDistributionKind(kind.name);
            QCOMPARE(found == &kind, kind.kind != DistributionKind::Fixed);
        }
        QVERIFY(!findDistributionKind("fixed")); // a fixed parameter is left out of a file
        QVERIFY(!findDistributionKind("Normal"));
        QVERIFY(!findDistributionKind(""));
    }

    void shouldNameTheKindsFromTheTableWhenAFileNamesAnother()
    {
        QString error;
        const Parameters parameters;
        QVERIFY(!uncertaintyjson::fromJson(uncertaintyBlock(R"({"kind": "beta", "a": 1})"), parameters, &error));
        QCOMPARE(error, QString("uncertainty.distributions.annual_growth_rate.kind: \"beta\" is not a "
                                "distribution; the kinds are uniform, triangular, normal and lognormal"));
    }

    void shouldOfferEveryKindInTheDialogWithItsNumbers()
    {
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        DistributionDialog dialog(growth, Distribution::fixed(), 0.35);
        auto *kinds = dialog.findChild<QComboBox *>("distributionKind");
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(kinds && form);
        QCOMPARE(kinds->count(), 5);
        for (const DistributionKindInfo &kind : distributionKinds()) {
            const int index = static_cast<int>(kind.kind);
            QCOMPARE(kinds->itemText(index), qtext(kind.label));
            kinds->setCurrentIndex(index);
            QCOMPARE(dialog.distribution().kind, kind.kind);
            // One box for each number the kind takes, labelled as the table says; the rest hidden.
            for (std::size_t i = 0; i < 3; ++i) {
                auto *box = dialog.findChild<QDoubleSpinBox *>(QString("distributionNumber%1").arg(i));
                const bool used = i < kind.numbers().size();
                QCOMPARE(box->isVisibleTo(&dialog), used);
                if (used) {
                    auto *label = qobject_cast<QLabel *>(form->labelForField(box));
                    QVERIFY(label);
                    QCOMPARE(label->text(), qtext(kind.numbers()[i].label) + ":");
                }
            }
        }
    }

    void shouldCarryEveryKindFromAFileThroughTheDialogToTheSameFile_data()
    {
        QTest::addColumn<QByteArray>("distribution");
        QTest::addColumn<QString>("text");
        // Growth's value is 0.35: each is centred there (the reader requires it). The texts are
        // what the window writes in the row's tooltip: the range as "low to high", the others
        // each after its phrase, rates in percent.
        QTest::newRow("uniform") << QByteArray(R"({"kind": "uniform", "low": 0.25, "high": 0.45})")
                                 << QString("uniform, 25 to 45 % per year");
        QTest::newRow("triangular")
            << QByteArray(R"({"kind": "triangular", "low": 0.3, "mode": 0.35, "high": 0.5})")
            << QString("triangular, 30 to 50 % per year, most likely 35 % per year");
        QTest::newRow("normal") << QByteArray(R"({"kind": "normal", "mean": 0.35, "sd": 0.05})")
                                << QString("normal, mean 35 % per year, sd 5 % per year");
        QTest::newRow("lognormal") << QByteArray(R"({"kind": "lognormal", "median": 0.35, "p90": 0.5})")
                                   << QString("lognormal, median 35 % per year, 90th percentile 50 % per year");
    }

    void shouldCarryEveryKindFromAFileThroughTheDialogToTheSameFile()
    {
        QFETCH(QByteArray, distribution);
        QFETCH(QString, text);
        Parameters parameters;
        parameters.set(ParameterId::AnnualGrowthRate, 0.35);
        const QJsonObject block = uncertaintyBlock(distribution.constData());
        QString error;
        const auto read = uncertaintyjson::fromJson(block, parameters, &error);
        QVERIFY2(read, qPrintable(error));
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        const Distribution fromFile = (*read)[ParameterId::AnnualGrowthRate];
        QCOMPARE(distributionText(growth, fromFile), text);

        // Opened in the dialog and accepted as it stands: the same distribution, the same file.
        DistributionDialog dialog(growth, fromFile, 0.35);
        QVERIFY(!dialog.problem());
        QCOMPARE(dialog.findChild<QComboBox *>("distributionKind")->currentText(),
                 qtext(kindInfo(fromFile.kind).label));
        QCOMPARE(dialog.distribution(), fromFile);
        Uncertainty written = *read;
        written.set(ParameterId::AnnualGrowthRate, dialog.distribution());
        QCOMPARE(uncertaintyjson::toJson(written), block);
    }
};

QTEST_MAIN(DistributionKindsTest)
#include "distributionkindstest.moc"
