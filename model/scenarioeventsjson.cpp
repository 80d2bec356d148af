#include "scenarioeventsjson.h"

#include "jsonfields.h"
#include "parametertable.h"
#include "printabletext.h"
#include "scenarioeventrules.h"
#include "scenariotext.h"

#include <QJsonObject>

namespace pledgecheck::eventsjson {
namespace {

const QString kMonth = QStringLiteral("month");
const QString kParameter = QStringLiteral("parameter");
const QString kValue = QStringLiteral("value");
const QString kNote = QStringLiteral("note");
const QString kMetric = QStringLiteral("metric");
const QString kLow = QStringLiteral("low");
const QString kHigh = QStringLiteral("high");
const QString kSource = QStringLiteral("source");

QString fromStd(const std::string &text) { return QString::fromStdString(text); }

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QString &text) { return text.toStdString(); }

using Problem = std::optional<ModelMessage>;

messagearg::Term term(const char *english) { return {english}; }

// Reads an entry's fields in turn; the first problem sets the message and every later read
// returns at once, so that the caller checks once at the end.
class EntryReader {
public:
    EntryReader(const QString &place, const QJsonValue &entry, const QStringList &keys,
                const char *example, Problem *error)
        : place_(place), error_(error)
    {
        if (!entry.isObject()) {
            fail(jsonfields::wrongType(
                place, nested(ModelMessage(MessageId::ObjectSuchAs, {messagearg::Text{example}})), entry));
            return;
        }
        object_ = entry.toObject();
        if (auto problem = jsonfields::unknownKey(object_, keys, place + QLatin1Char('.')))
            fail(*problem);
    }

    bool ok() const { return ok_; }
    QString placeOf(const QString &key) const { return QStringLiteral("%1.%2").arg(place_, key); }

    // The value of @p key; a missing key is a problem unless @p optional.
    QJsonValue value(const QString &key, bool optional = false)
    {
        const QJsonValue v = ok_ ? object_.value(key) : QJsonValue();
        if (ok_ && v.isUndefined() && !optional)
            fail(ModelMessage(MessageId::MissingKey, {verbatim(placeOf(key))}));
        return v;
    }

    std::optional<QString> string(const QString &key)
    {
        const QJsonValue v = value(key);
        if (!ok_)
            return std::nullopt;
        if (!v.isString()) {
            fail(jsonfields::wrongType(placeOf(key), term(QT_TRANSLATE_NOOP("ModelMessage", "a string")), v));
            return std::nullopt;
        }
        return v.toString();
    }

    // A string no longer than @p problemOf (scenariotext's limit for it) allows.
    std::optional<QString> text(const QString &key,
                                std::optional<ModelMessage> (*problemOf)(QStringView))
    {
        auto v = string(key);
        if (v) {
            if (auto problem = problemOf(*v)) {
                fail(atPlace(placeOf(key), *problem));
                return std::nullopt;
            }
        }
        return v;
    }

    std::optional<double> number(const QString &key, bool optional = false)
    {
        const QJsonValue v = value(key, optional);
        if (!ok_ || v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(jsonfields::wrongType(placeOf(key), term(QT_TRANSLATE_NOOP("ModelMessage", "a number")), v));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<YearMonth> month()
    {
        const QJsonValue v = value(kMonth);
        if (!ok_)
            return std::nullopt;
        if (!v.isString()) {
            fail(jsonfields::wrongType(placeOf(kMonth), term(QT_TRANSLATE_NOOP("ModelMessage", "a month \"YYYY-MM\"")),
                                       v));
            return std::nullopt;
        }
        const QByteArray text = v.toString().toUtf8();
        const auto parsed = YearMonth::parse(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!parsed)
            fail(ModelMessage(MessageId::NotAMonth, {verbatim(placeOf(kMonth)), verbatim(printableText(v.toString()))}));
        return parsed;
    }

    // A problem found by the caller, on the entry as a whole or on @p key.
    void fail(ModelMessage problem)
    {
        if (ok_)
            *error_ = std::move(problem);
        ok_ = false;
    }

    // @p entry, unless one of its fields was refused or @p problemOf (eventrules' verdict on the
    // whole entry) refuses it.
    template<typename Entry, typename Rule> std::optional<Entry> finish(Entry entry, Rule problemOf)
    {
        if (ok_) {
            if (auto problem = problemOf(entry))
                fail(atPlace(place_, *problem));
        }
        if (!ok_)
            return std::nullopt;
        return entry;
    }

private:
    QString place_;
    Problem *error_;
    QJsonObject object_;
    bool ok_ = true;
};

// "events: 1001 entries; a scenario holds at most 1000 events".
Problem countProblem(const QString &key, qsizetype count, qsizetype most)
{
    if (count <= most)
        return std::nullopt;
    return ModelMessage(MessageId::TooManyEntries, {verbatim(key), messagearg::Count{count}, messagearg::Count{most}});
}

std::optional<QJsonArray> arrayOf(const QJsonValue &json, const QString &key, qsizetype most,
                                  Problem *error)
{
    if (!json.isArray()) {
        *error = jsonfields::wrongType(key, term(QT_TRANSLATE_NOOP("ModelMessage", "an array")), json);
        return std::nullopt;
    }
    const QJsonArray array = json.toArray();
    if (auto problem = countProblem(key, array.size(), most)) {
        *error = *problem;
        return std::nullopt;
    }
    return array;
}

// The entries of the array @p json, each read by @p readOne(place, entry), which sets @p error
// on a problem.
template<typename Entry, typename ReadOne>
std::optional<std::vector<Entry>> entriesFromJson(const QJsonValue &json, const QString &key,
                                                  qsizetype most, Problem *error, ReadOne readOne)
{
    const auto array = arrayOf(json, key, most, error);
    if (!array)
        return std::nullopt;
    std::vector<Entry> entries;
    for (qsizetype i = 0; i < array->size(); ++i) {
        std::optional<Entry> entry
            = readOne(QStringLiteral("%1[%2]").arg(key).arg(i), array->at(i));
        if (!entry)
            return std::nullopt;
        entries.push_back(std::move(*entry));
    }
    return entries;
}

std::optional<ScenarioEvent> eventFromJson(const QString &place, const QJsonValue &entry,
                                           const Parameters &parameters, Problem *error)
{
    EntryReader reader(
        place, entry, {kMonth, kParameter, kValue, kNote},
        R"({"month": "2018-09", "parameter": "annual_growth_rate", "value": 0.05, "note": "..."})",
        error);
    ScenarioEvent event;
    if (const auto month = reader.month())
        event.month = *month;
    const auto key = reader.string(kParameter);
    const QByteArray keyText = key.value_or(QString()).toUtf8();
    const auto id = findParameter(
        std::string_view(keyText.constData(), static_cast<std::size_t>(keyText.size())));
    if (key && !id)
        // The keys, not the labels: a file names its parameters by their keys.
        reader.fail(ModelMessage(MessageId::UnknownEventParameter,
                                 {verbatim(reader.placeOf(kParameter)), verbatim(printableText(*key)),
                                  messagearg::Text{eventrules::changeableParameterKeys()}}));
    if (id) {
        event.parameter = *id;
        const QJsonValue value = reader.value(kValue);
        if (reader.ok()) {
            Problem problem;
            if (const auto number = jsonfields::parameterValueFromJson(
                    descriptor(*id), value, reader.placeOf(kValue), &problem))
                event.value = *number;
            else if (problem)
                reader.fail(*problem);
        }
    }
    event.note = toStd(reader.text(kNote, eventNoteProblem).value_or(QString()));
    return reader.finish(
        event, [&](const ScenarioEvent &e) { return eventrules::eventProblem(e, parameters); });
}

std::optional<Observation> observationFromJson(const QString &place, const QJsonValue &entry,
                                               const Parameters &parameters, Problem *error)
{
    EntryReader reader(
        place, entry, {kMonth, kMetric, kValue, kLow, kHigh, kSource},
        R"({"month": "2020-06", "metric": "sellers", "value": 3000, "source": "..."})", error);
    Observation observation;
    if (const auto month = reader.month())
        observation.month = *month;
    if (const auto name = reader.string(kMetric)) {
        const QByteArray text = name->toUtf8();
        if (const auto metric = eventrules::findMetric(
                std::string_view(text.constData(), static_cast<std::size_t>(text.size()))))
            observation.metric = *metric;
        else
            reader.fail(ModelMessage(MessageId::UnknownMetric,
                                     {verbatim(reader.placeOf(kMetric)), verbatim(printableText(*name)),
                                      verbatim(fromView(eventrules::metricKey(ObservedMetric::Sellers))),
                                      verbatim(fromView(eventrules::metricKey(ObservedMetric::Jobs)))}));
    }
    observation.value = reader.number(kValue).value_or(0.0);
    observation.low = reader.number(kLow, true);
    observation.high = reader.number(kHigh, true);
    observation.source = toStd(reader.text(kSource, observationSourceProblem).value_or(QString()));
    return reader.finish(observation, [&](const Observation &o) {
        return eventrules::observationProblem(o, parameters);
    });
}

} // namespace

QJsonArray toJson(const ScenarioEvents &events)
{
    QJsonArray array;
    for (const ScenarioEvent &event : events) {
        const ParameterDescriptor &d = descriptor(event.parameter);
        array.append(QJsonObject {{kMonth, fromStd(event.month.toString())},
                                  {kParameter, fromView(d.key)},
                                  {kValue, jsonfields::parameterValueToJson(d, event.value)},
                                  {kNote, fromStd(event.note)}});
    }
    return array;
}

QJsonArray toJson(const Observations &observations)
{
    QJsonArray array;
    for (const Observation &observation : observations) {
        QJsonObject object {{kMonth, fromStd(observation.month.toString())},
                            {kMetric, fromView(eventrules::metricKey(observation.metric))},
                            {kValue, observation.value},
                            {kSource, fromStd(observation.source)}};
        if (observation.low)
            object.insert(kLow, *observation.low);
        if (observation.high)
            object.insert(kHigh, *observation.high);
        array.append(object);
    }
    return array;
}

std::optional<ScenarioEvents> eventsFromJson(const QJsonValue &json, const Parameters &parameters,
                                             QString *error)
{
    Problem problem;
    auto events = eventsFromJson(json, parameters, &problem);
    setEnglish(error, problem);
    return events;
}

std::optional<ScenarioEvents> eventsFromJson(const QJsonValue &json, const Parameters &parameters,
                                             Problem *error)
{
    const QString key = QStringLiteral("events");
    auto events = entriesFromJson<ScenarioEvent>(
        json, key, kMostEvents, error, [&](const QString &place, const QJsonValue &entry) {
            return eventFromJson(place, entry, parameters, error);
        });
    if (!events)
        return std::nullopt;
    // Each event passed alone, so the problem is two that change one parameter in one month.
    // Name the later by its index: the shortest run of events from the first that has the problem
    // ends with it (a longer run keeps it, so halving finds it in a few checks).
    if (auto problem = eventrules::eventsProblem(*events, parameters)) {
        std::size_t good = 1, bad = events->size(); // the first `good` pass, the first `bad` do not
        while (bad - good > 1) {
            const std::size_t middle = good + (bad - good) / 2;
            const ScenarioEvents run(events->begin(),
                                     events->begin() + static_cast<std::ptrdiff_t>(middle));
            (eventrules::eventsProblem(run, parameters) ? bad : good) = middle;
        }
        *error = atPlace(QStringLiteral("%1[%2]").arg(key).arg(bad - 1), *problem);
        return std::nullopt;
    }
    return events;
}

std::optional<Observations> observationsFromJson(const QJsonValue &json,
                                                 const Parameters &parameters, QString *error)
{
    Problem problem;
    auto observations = observationsFromJson(json, parameters, &problem);
    setEnglish(error, problem);
    return observations;
}

std::optional<Observations> observationsFromJson(const QJsonValue &json,
                                                 const Parameters &parameters, Problem *error)
{
    const QString key = QStringLiteral("observations");
    auto observations = entriesFromJson<Observation>(
        json, key, kMostObservations, error, [&](const QString &place, const QJsonValue &entry) {
            return observationFromJson(place, entry, parameters, error);
        });
    if (!observations)
        return std::nullopt;
    // Two reports of one month may both stand (two sources); the same report twice would count
    // twice in the fit.
    for (std::size_t i = 1; i < observations->size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if ((*observations)[j] == (*observations)[i]) {
                *error = ModelMessage(MessageId::SameReportTwice,
                                      {verbatim(key), messagearg::Count{static_cast<long long>(i)},
                                       messagearg::Count{static_cast<long long>(j)}});
                return std::nullopt;
            }
        }
    }
    return observations;
}

Problem limitProblem(const ScenarioEvents &events, const Observations &observations)
{
    if (auto problem = countProblem(QStringLiteral("events"), static_cast<qsizetype>(events.size()),
                                    kMostEvents))
        return problem;
    if (auto problem = countProblem(QStringLiteral("observations"),
                                    static_cast<qsizetype>(observations.size()), kMostObservations))
        return problem;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (auto problem = eventNoteProblem(fromStd(events[i].note)))
            return atPlace(QStringLiteral("events[%1].note").arg(i), *problem);
    }
    for (std::size_t i = 0; i < observations.size(); ++i) {
        if (auto problem = observationSourceProblem(fromStd(observations[i].source)))
            return atPlace(QStringLiteral("observations[%1].source").arg(i), *problem);
    }
    return std::nullopt;
}

} // namespace pledgecheck::eventsjson
