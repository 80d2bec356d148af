#include "uncertaintyjson.h"

#include "distributionkinds.h"
#include "parametertable.h"
#include "printabletext.h"

#include <QJsonValue>
#include <QStringList>

#include <array>
#include <cmath>

namespace pledgecheck::uncertaintyjson {
namespace {

// Seeds are whole numbers a double holds exactly.
constexpr double kLargestSeed = 9007199254740991.0; // 2^53 - 1

QString latin1Text(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// "uniform, triangular, normal and lognormal": the kinds a file may name.
QString kindsInFiles()
{
    QStringList names;
    for (const DistributionKindInfo &k : distributionKinds()) {
        if (k.inFiles)
            names << latin1Text(k.name);
    }
    const QString last = names.takeLast();
    return QStringLiteral("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// Seventeen digits: a centre that misses the value by a rounding shows where.
messagearg::Text number(double v)
{
    return verbatim(QString::number(v, 'g', 17));
}

using Problem = std::optional<ModelMessage>;

std::optional<Distribution> distributionFromJson(const QString &place, const QJsonValue &value,
                                                 Problem *error)
{
    if (!value.isObject()) {
        *error = ModelMessage(MessageId::ExpectedType,
                              {verbatim(place), nested(ModelMessage(MessageId::ObjectSuchAs,
                                                                    {messagearg::Text{R"({"kind": "normal", "mean": 1, "sd": 0.2})"}}))});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue kindValue = object.value(QStringLiteral("kind"));
    const QByteArray kindName = kindValue.toString().toUtf8();
    const DistributionKindInfo *kind = findDistributionKind(
        std::string_view(kindName.constData(), static_cast<std::size_t>(kindName.size())));
    if (!kind) {
        // The kinds as a file names them, "and" included: a list of keys, the same in every language.
        *error = ModelMessage(MessageId::NotADistribution,
                              {verbatim(place),
                               verbatim(kindValue.isString() ? printableText(kindValue.toString())
                                                             : QStringLiteral("(none)")),
                               verbatim(kindsInFiles())});
        return std::nullopt;
    }
    QStringList known{QStringLiteral("kind")};
    std::array<double, 3> numbers{0, 0, 0};
    for (std::size_t i = 0; i < kind->numbers().size(); ++i) {
        const QString key = latin1Text(kind->numbers()[i].key);
        known << key;
        const QJsonValue n = object.value(key);
        if (n.isUndefined()) {
            *error = ModelMessage(MessageId::MissingKey, {verbatim(place + QLatin1Char('.') + key)});
            return std::nullopt;
        }
        if (!n.isDouble()) {
            *error = ModelMessage(MessageId::ExpectedType, {verbatim(place + QLatin1Char('.') + key),
                                                            messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "a number")}});
            return std::nullopt;
        }
        numbers[i] = n.toDouble();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = ModelMessage(MessageId::UnknownDistributionKey,
                                  {verbatim(place), verbatim(printableText(it.key())), verbatim(latin1Text(kind->name))});
            return std::nullopt;
        }
    }
    return Distribution{kind->kind, numbers[0], numbers[1], numbers[2]};
}

} // namespace

QJsonObject toJson(const Uncertainty &uncertainty)
{
    QJsonObject distributions;
    for (const ParameterDescriptor &d : parameterTable()) {
        const Distribution &distribution = uncertainty[d.id];
        if (distribution.isFixed())
            continue;
        const DistributionKindInfo &kind = kindInfo(distribution.kind);
        QJsonObject object{{QStringLiteral("kind"), latin1Text(kind.name)}};
        const std::array<double, 3> numbers{distribution.a, distribution.b, distribution.c};
        for (std::size_t i = 0; i < kind.numbers().size(); ++i)
            object.insert(latin1Text(kind.numbers()[i].key), numbers[i]);
        distributions.insert(QString::fromLatin1(d.key.data(), static_cast<qsizetype>(d.key.size())), object);
    }
    return {{QStringLiteral("seed"), static_cast<double>(uncertainty.seed)},
            {QStringLiteral("samples"), uncertainty.samples},
            {QStringLiteral("distributions"), distributions}};
}

std::optional<Uncertainty> fromJson(const QJsonObject &json, const Parameters &parameters,
                                    QString *error)
{
    Problem problem;
    auto uncertainty = fromJson(json, parameters, &problem);
    setEnglish(error, problem);
    return uncertainty;
}

std::optional<Uncertainty> fromJson(const QJsonObject &json, const Parameters &parameters, Problem *error)
{
    Uncertainty uncertainty;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("seed") && key != QLatin1String("samples")
            && key != QLatin1String("distributions")) {
            *error = ModelMessage(MessageId::UnknownKey, {verbatim(QStringLiteral("uncertainty.") + printableText(key))});
            return std::nullopt;
        }
    }
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        const double s = seed.toDouble(-1);
        if (!seed.isDouble() || s < 0 || s > kLargestSeed || s != std::floor(s)) {
            *error = ModelMessage(MessageId::WholeNumberFromTo,
                                  {verbatim(QStringLiteral("uncertainty.seed")), messagearg::Count{0},
                                   messagearg::Count{static_cast<long long>(kLargestSeed)}});
            return std::nullopt;
        }
        uncertainty.seed = static_cast<std::uint64_t>(s);
    }
    const QJsonValue samples = json.value(QStringLiteral("samples"));
    if (!samples.isUndefined()) {
        const double n = samples.toDouble(-1);
        if (!samples.isDouble() || n < 1 || n > Uncertainty::kMaxSamples || n != std::floor(n)) {
            *error = ModelMessage(MessageId::WholeNumberFromTo,
                                  {verbatim(QStringLiteral("uncertainty.samples")), messagearg::Count{1},
                                   messagearg::Count{Uncertainty::kMaxSamples}});
            return std::nullopt;
        }
        uncertainty.samples = static_cast<int>(n);
    }
    const QJsonValue distributionsValue = json.value(QStringLiteral("distributions"));
    if (!distributionsValue.isUndefined() && !distributionsValue.isObject()) {
        *error = ModelMessage(MessageId::ExpectedType, {verbatim(QStringLiteral("uncertainty.distributions")),
                                                        messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "an object")}});
        return std::nullopt;
    }
    const QJsonObject distributions = distributionsValue.toObject();
    for (auto it = distributions.begin(); it != distributions.end(); ++it) {
        const QString place = QStringLiteral("uncertainty.distributions.%1").arg(printableText(it.key()));
        const QByteArray key = it.key().toUtf8();
        const auto id = findParameter(std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
        if (!id) {
            *error = ModelMessage(MessageId::UnknownKeyNotParameter, {verbatim(place)});
            return std::nullopt;
        }
        const auto distribution = distributionFromJson(place, it.value(), error);
        if (!distribution)
            return std::nullopt;
        if (const auto problem = distribution->check(descriptor(*id))) {
            *error = atPlace(QStringLiteral("uncertainty.distributions"), *problem);
            return std::nullopt;
        }
        // The parameter's value is the distribution's centre, so that a slider moves both.
        // (To a part in a billion: a uniform's midpoint (low + high)/2 rounds.)
        const double value = parameters[*id];
        if (std::abs(distribution->centre() - value) > 1e-9 * std::max(1.0, std::abs(value))) {
            *error = ModelMessage(MessageId::CentreNotValue,
                                  {verbatim(place), number(distribution->centre()), number(value)});
            return std::nullopt;
        }
        uncertainty.set(*id, *distribution);
    }
    if (const auto problem = uncertainty.validate()) {
        *error = atPlace(QStringLiteral("uncertainty"), *problem);
        return std::nullopt;
    }
    return uncertainty;
}

} // namespace pledgecheck::uncertaintyjson
