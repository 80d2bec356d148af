#pragma once

// The real main window, offscreen, for the tests of its parts: widgets found by objectName and
// driven as a user would; the controller's message boxes and its save-or-discard question
// replaced by a record of what they said and a set answer.
#include "documentcontroller.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "scenariodocument.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QTest>

#include <initializer_list>
#include <memory>

namespace pledgecheck {

class MainWindowFixture : public QObject
{
protected:
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
    int m_questions = 0;

    /// Settings of the tests' own, empty: no layout, axis or recent file of an earlier run.
    static void forgetSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        QSettings().clear();
    }

    /// A new window, shown, on the default preset, with nothing reported yet; laid out, if
    /// @p screen is given, for a screen of that available geometry instead of its own.
    void openWindow(const QRect &screen = QRect())
    {
        m_window = std::make_unique<MainWindow>();
        if (screen.isValid())
            m_window->fitInto(screen);
        m_window->controller()->setErrorReporter(
            [this](const QString &, const QString &message) { m_errors << message; });
        m_window->controller()->setSaveQuestion([this](const QString &) {
            ++m_questions;
            return m_answer;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_errors.clear();
        m_questions = 0;
    }

    ScenarioDocument *document() const { return m_window->document(); }
    double value(ParameterId id) const { return document()->scenario().parameters[id]; }

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget called %s", qPrintable(name));
        return widget;
    }

    // Types text into a spin box and presses Enter, as a user would.
    static void typeInto(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        QLineEdit *edit = box->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    static void dragSlider(QSlider *slider, std::initializer_list<int> positions)
    {
        slider->setSliderDown(true);
        for (int position : positions)
            slider->setValue(position);
        slider->setSliderDown(false);
    }
};

} // namespace pledgecheck
