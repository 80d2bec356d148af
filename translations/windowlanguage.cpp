#include "windowlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pledgecheck {

bool installWindowLanguage(QCoreApplication &application, const QLocale &locale)
{
    QLocale::setDefault(locale);
    // Parented to the application: they live as long as it does.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&application);
    if (own->load(locale, QStringLiteral("pledgecheck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace pledgecheck
