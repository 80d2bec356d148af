#include "presetlibrary.h"

#include "printabletext.h"
#include "scenariofile.h"

#include <QDir>
#include <QFileInfo>

namespace pledgecheck::presetlibrary {

QList<PresetInfo> list(const QString &folder)
{
    QList<PresetInfo> presets;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files,
                                                           QDir::Name);
    for (const QFileInfo &file : files) {
        if (const auto scenario = scenariofile::read(file.filePath(), nullptr))
            presets.append({file.completeBaseName(), QString::fromStdString(scenario->name),
                            file.filePath()});
    }
    return presets;
}

std::optional<Scenario> load(const QString &name, QString *error, const QString &folder)
{
    for (const PresetInfo &preset : list(folder)) {
        if (preset.name == name)
            return scenariofile::read(preset.path, error);
    }
    if (error) {
        QStringList names;
        for (const PresetInfo &preset : list(folder))
            names << preset.name;
        *error = QStringLiteral("no preset called \"%1\"; the presets are: %2")
                     .arg(printableText(name), names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace pledgecheck::presetlibrary
