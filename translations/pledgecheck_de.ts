<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeParameterCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change the uncertainty of %1</source>
        <translation>Unsicherheit von %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 and its uncertainty</source>
        <translation>%1 und seine Unsicherheit ändern</translation>
    </message>
</context>
<context>
    <name>ChangeScenarioTextCommand</name>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>ChartPicture</name>
    <message>
        <source>cannot export at %1x%2: width and height must be %3 to %4 pixels</source>
        <translation>Export in %1x%2 nicht möglich: Breite und Höhe müssen %3 bis %4 Pixel betragen</translation>
    </message>
    <message>
        <source>cannot export %1 at %2x%3: %4</source>
        <translation>%1 kann nicht in %2x%3 exportiert werden: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>met in %1</source>
        <translation>erfüllt %1</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 jobs created by %2 against a pledge of %3: %4.</source>
        <translation>%1 neue Arbeitsplätze bis %2 bei einer Zusage von %3: %4.</translation>
    </message>
    <message>
        <source>%1 jobs linked in %2 against a pledge of %3: %4.</source>
        <translation>%1 zugerechnete Arbeitsplätze, Stand %2, bei einer Zusage von %3: %4.</translation>
    </message>
    <message>
        <source>Four in five draws end between %1 and %2.</source>
        <translation>Vier von fünf Ziehungen enden zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Sellers from %1 in %2 to %3 in %4.</source>
        <translation>Händler von %1 (%2) auf %3 (%4).</translation>
    </message>
    <message>
        <source>In %1: %2 direct jobs and %3 service jobs, %4 of them displaced.</source>
        <translation>Stand %1: %2 direkte Arbeitsplätze und %3 Service-Arbeitsplätze, davon %4 verdrängt.</translation>
    </message>
    <message>
        <source>Every input is fixed: there are no draws to show.</source>
        <translation>Alle Eingaben sind fest: Es gibt keine Ziehungen zu zeigen.</translation>
    </message>
    <message>
        <source>%1 of %2 draws meet the pledge by %3.</source>
        <translation>%1 von %2 Ziehungen erfüllen die Zusage bis %3.</translation>
    </message>
    <message>
        <source>Jobs in %1 over %2 draws: median %3, 10th to 90th percentile %4 to %5.</source>
        <translation>Arbeitsplätze, Stand %1, über %2 Ziehungen: Median %3, 10. bis 90. Perzentil %4 bis %5.</translation>
    </message>
    <message>
        <source>Moves jobs the most: %1, from %2 jobs at %3 to %4 jobs at %5.</source>
        <translation>Bewegt die Arbeitsplätze am stärksten: %1, von %2 Arbeitsplätzen bei %3 bis %4 Arbeitsplätzen bei %5.</translation>
    </message>
    <message>
        <source>At %1 per hiring seller, the pledge needs yearly seller growth of %2; this scenario has %3.</source>
        <translation>Bei %1 je einstellendem Händler braucht die Zusage ein jährliches Händlerwachstum von %2; dieses Szenario hat %3.</translation>
    </message>
    <message>
        <source>At %1 per hiring seller, the pledge is met at any yearly seller growth.</source>
        <translation>Bei %1 je einstellendem Händler ist die Zusage bei jedem jährlichen Händlerwachstum erfüllt.</translation>
    </message>
    <message>
        <source>At %1 per hiring seller, no yearly seller growth in range meets the pledge.</source>
        <translation>Bei %1 je einstellendem Händler erfüllt kein jährliches Händlerwachstum im gültigen Bereich die Zusage.</translation>
    </message>
    <message>
        <source>%1: %2 jobs by %3.</source>
        <translation>%1: %2 Arbeitsplätze bis %3.</translation>
    </message>
    <message>
        <source>No other scenario is compared.</source>
        <translation>Kein anderes Szenario im Vergleich.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 reported figure</source>
        <translation>1 gemeldete Zahl</translation>
    </message>
    <message>
        <source>%1 reported figures</source>
        <translation>%1 gemeldete Zahlen</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Markiert: %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Jobs against the pledge</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Job sources</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>What it would take</source>
        <translation>Was es bräuchte</translation>
    </message>
    <message>
        <source>Sources of the defaults: %1</source>
        <translation>Quellen der Standardwerte: %1</translation>
    </message>
    <message>
        <source>1 value set by the scenario</source>
        <translation>1 Wert vom Szenario gesetzt</translation>
    </message>
    <message>
        <source>%1 values set by the scenario</source>
        <translation>%1 Werte vom Szenario gesetzt</translation>
    </message>
    <message>
        <source>Jobs J(t) month by month against the pledge: direct jobs h · Hs(t) plus service jobs V(t), less displacement, counted on the scenario&apos;s basis (docs/model.md, &quot;Jobs J(t): the headline figure&quot;). Shaded: the 10–90 and 25–75 % bands of the Monte Carlo draws and their median; dashed: the export lens X(t), never added, and the baseline ghost of the values last opened or saved.</source>
        <translation>Arbeitsplätze J(t) Monat für Monat gegenüber der Zusage: direkte Arbeitsplätze h · Hs(t) plus Service-Arbeitsplätze V(t), abzüglich Verdrängung, gezählt nach der Zählweise des Szenarios (Abschnitt „Jobs J(t): the headline figure“ in docs/model.md). Schattiert: die Bänder 10–90 % und 25–75 % der Monte-Carlo-Ziehungen und ihr Median; gestrichelt: die Exportsicht X(t), nie addiert, und der Ausgangsstand, die zuletzt geöffneten oder gespeicherten Werte.</translation>
    </message>
    <message>
        <source>Sellers S(t) month by month: exponential, logistic (levelling off at the market size K) or linear growth at the net rate n = (1 + g)(1 − c) − 1 (docs/model.md, &quot;Sellers S(t)&quot; and &quot;Net growth&quot;).</source>
        <translation>Händler S(t) Monat für Monat: exponentielles, logistisches (bei der Marktgröße K abflachendes) oder lineares Wachstum mit der Nettorate n = (1 + g)(1 − c) − 1 (Abschnitte „Sellers S(t)“ und „Net growth“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Where the linked jobs come from, stacked: direct hires D(t) = h · Hs(t) of the hiring sellers and service jobs V(t) bought from others, each net of displacement, and on top the displaced jobs that would exist anyway (docs/model.md, &quot;Direct jobs D(t) and service jobs V(t)&quot;).</source>
        <translation>Woher die zugerechneten Arbeitsplätze kommen, gestapelt: direkte Einstellungen D(t) = h · Hs(t) der einstellenden Händler und bei anderen eingekaufte Service-Arbeitsplätze V(t), jeweils abzüglich Verdrängung, und obenauf die verdrängten Arbeitsplätze, die es ohnehin gäbe (Abschnitt „Direct jobs D(t) and service jobs V(t)“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Left: a histogram of the jobs at the horizon J(12H) over the Monte Carlo draws, with the pledge, the projection as set and the draws&apos; 10th, 50th and 90th percentiles marked. Right: the share of draws that have met the pledge by each year (docs/model.md, &quot;Uncertainty&quot;).</source>
        <translation>Links: ein Histogramm der Arbeitsplätze am Horizont J(12H) über die Monte-Carlo-Ziehungen, markiert sind die Zusage, die Projektion wie eingestellt und das 10., 50. und 90. Perzentil der Ziehungen. Rechts: der Anteil der Ziehungen, die die Zusage bis zum jeweiligen Jahr erfüllt haben (Abschnitt „Uncertainty“ in docs/model.md).</translation>
    </message>
    <message>
        <source>The tornado: the jobs at the horizon with each uncertain input at the 10th and at the 90th percentile of its distribution and every other as set, widest swing on top, with each input&apos;s rank correlation with the jobs over the draws (docs/model.md, &quot;Uncertainty&quot;, Sensitivity).</source>
        <translation>Das Tornado-Diagramm: die Arbeitsplätze am Horizont mit jeder unsicheren Eingabe am 10. und am 90. Perzentil ihrer Verteilung und allen übrigen wie eingestellt, der größte Ausschlag oben, dazu die Rangkorrelation jeder Eingabe mit den Arbeitsplätzen über die Ziehungen (Abschnitt „Uncertainty“, Teil Sensitivity, in docs/model.md).</translation>
    </message>
    <message>
        <source>What it would take: for each number of hires per hiring seller, the yearly seller growth at which the jobs at the horizon equal the pledge, every other input as set; the shaded region meets it. This scenario and each preset are marked, and with uncertainty on, where half the draws meet it (docs/model.md, &quot;The frontier&quot;).</source>
        <translation>Was es bräuchte: für jede Zahl von Einstellungen je einstellendem Händler das jährliche Händlerwachstum, bei dem die Arbeitsplätze am Horizont der Zusage entsprechen, alle übrigen Eingaben wie eingestellt; der schattierte Bereich erfüllt sie. Markiert sind dieses Szenario und jede Vorlage und, bei eingeschalteter Unsicherheit, wo die Hälfte der Ziehungen sie erfüllt (Abschnitt „The frontier“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Scenarios side by side: the jobs J(t) of this scenario and of each scenario added to the comparison, each on this scenario&apos;s basis from its own start, against this scenario&apos;s pledge, each in a colour and dash of its own; below, a table of their key figures and parameters, those that differ highlighted (docs/model.md, &quot;Comparing scenarios&quot;).</source>
        <translation>Szenarien nebeneinander: die Arbeitsplätze J(t) dieses Szenarios und jedes zum Vergleich hinzugefügten, jedes nach der Zählweise dieses Szenarios ab seinem eigenen Beginn, gegenüber der Zusage dieses Szenarios, jedes in eigener Farbe und Strichelung; darunter eine Tabelle ihrer Kennzahlen und Parameter, die abweichenden hervorgehoben (Abschnitt „Comparing scenarios“ in docs/model.md).</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>logistisch</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>created</source>
        <translation>geschaffen</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>zugerechnet</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Pledge</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Scenarios compared: jobs created against the pledge</source>
        <translation>Szenarien im Vergleich: neue Arbeitsplätze und Zusage</translation>
    </message>
    <message>
        <source>Scenarios compared: jobs linked against the pledge</source>
        <translation>Szenarien im Vergleich: zugerechnete Arbeitsplätze und Zusage</translation>
    </message>
    <message>
        <source>jobs created</source>
        <translation>neue Arbeitsplätze</translation>
    </message>
    <message>
        <source>jobs linked</source>
        <translation>zugerechnete Arbeitsplätze</translation>
    </message>
    <message>
        <source>%1 (log scale: 0 drawn at 1)</source>
        <translation>%1 (log. Skala, 0 bei 1)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (log. Skala)</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze)</translation>
    </message>
    <message>
        <source>Pledge: %1</source>
        <translation>Zusage: %1</translation>
    </message>
    <message>
        <source>%1: %2 jobs created by %3</source>
        <translation>%1: %2 neue Arbeitsplätze bis %3</translation>
    </message>
    <message>
        <source>%1: %2 jobs linked in %3</source>
        <translation>%1: %2 zugerechnete Arbeitsplätze, Stand %3</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost; pledge above the scale)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze; Zusage über der Skala)</translation>
    </message>
    <message>
        <source>Pledge: %1, off the scale</source>
        <translation>Zusage: %1, außerhalb der Skala</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>met throughout the range</source>
        <translation>im ganzen Bereich erfüllt</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>unerreichbar</translation>
    </message>
    <message>
        <source>Jobs at the horizon (each on its own basis)</source>
        <translation>Arbeitsplätze am Horizont (je nach eigener Zählweise)</translation>
    </message>
    <message>
        <source>Share of the pledge</source>
        <translation>Anteil an der Zusage</translation>
    </message>
    <message>
        <source>Pledge met</source>
        <translation>Zusage erfüllt</translation>
    </message>
    <message>
        <source>Sellers at the horizon</source>
        <translation>Händler am Horizont</translation>
    </message>
    <message>
        <source>Job-years to the horizon</source>
        <translation>Arbeitsplatzjahre bis zum Horizont</translation>
    </message>
    <message>
        <source>Export-supported jobs (second lens)</source>
        <translation>Exportgestützte Arbeitsplätze (zweite Sicht)</translation>
    </message>
    <message>
        <source>Growth the pledge needs</source>
        <translation>Nötiges Wachstum</translation>
    </message>
    <message>
        <source>Hires the pledge needs</source>
        <translation>Nötige Einstellungen</translation>
    </message>
    <message>
        <source>Starting sellers the pledge needs</source>
        <translation>Nötige Händler zu Beginn</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Reported figures</source>
        <translation>Gemeldete Zahlen</translation>
    </message>
</context>
<context>
    <name>DatedMarks</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Reported sellers, %1: %2</source>
        <translation>Gemeldete Händler, %1: %2</translation>
    </message>
    <message>
        <source>Reported jobs, %1: %2</source>
        <translation>Gemeldete Arbeitsplätze, %1: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>Fixed (no uncertainty)</source>
        <translation>Fest (keine Unsicherheit)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>low</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>high</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>dreiecksverteilt</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Dreiecksverteilung</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Wahrscheinlichster Wert</translation>
    </message>
    <message>
        <source>most likely</source>
        <translation>am wahrscheinlichsten</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normalverteilt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormalverteilt</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>Lognormalverteilung</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>PledgeCheck scenarios as JSON (*.json)</source>
        <translation>PledgeCheck-Szenarien als JSON (*.json)</translation>
    </message>
    <message>
        <source>PledgeCheck scenarios (*.pledgecheck)</source>
        <translation>PledgeCheck-Szenarien (*.pledgecheck)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PledgeCheck scenarios (*.pledgecheck *.json);;All files (*)</source>
        <translation>PledgeCheck-Szenarien (*.pledgecheck *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 billion</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>1 hire</source>
        <translation>1 Einstellung</translation>
    </message>
    <message>
        <source>%1 hires</source>
        <translation>%1 Einstellungen</translation>
    </message>
    <message>
        <source>Meets the pledge</source>
        <translation>Erfüllt die Zusage</translation>
    </message>
    <message>
        <source>Half the draws meet it</source>
        <translation>Die Hälfte der Ziehungen erfüllt sie</translation>
    </message>
    <message>
        <source>Pledge met exactly</source>
        <translation>Zusage genau erfüllt</translation>
    </message>
    <message>
        <source>yearly seller growth before churn (%)</source>
        <translation>jährliches Händlerwachstum vor Abwanderung (%)</translation>
    </message>
    <message>
        <source>hires per hiring seller (workers)</source>
        <translation>Einstellungen je einstellendem Händler (Beschäftigte)</translation>
    </message>
    <message>
        <source>%1: what it would take by %2</source>
        <translation>%1: was es bis %2 bräuchte</translation>
    </message>
    <message>
        <source>Pledge met exactly, every other input as set</source>
        <translation>Zusage genau erfüllt, alle übrigen Eingaben wie eingestellt</translation>
    </message>
    <message>
        <source>Pledge met exactly: at no growth in %1 with %2 to %3</source>
        <translation>Zusage genau erfüllt: bei keinem Wachstum in %1 mit %2 bis %3</translation>
    </message>
    <message>
        <source>Half of %1 draws meet it</source>
        <translation>Die Hälfte von %1 Ziehungen erfüllt sie</translation>
    </message>
    <message>
        <source>Half the draws: once at rest</source>
        <translation>Die Hälfte der Ziehungen: sobald in Ruhe</translation>
    </message>
    <message>
        <source>This scenario: %1, %2 per hiring seller</source>
        <translation>Dieses Szenario: %1, %2 je einstellendem Händler</translation>
    </message>
</context>
<context>
    <name>GuiRun</name>
    <message>
        <source>PledgeCheck</source>
        <translation>PledgeCheck</translation>
    </message>
    <message>
        <source>Could not open the scenario:
%1</source>
        <translation>Das Szenario konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Could not compare with the scenario:
%1</source>
        <translation>Konnte nicht mit dem Szenario vergleichen:
%1</translation>
    </message>
</context>
<context>
    <name>HorizonHistogramChart</name>
    <message>
        <source>Draws</source>
        <translation>Ziehungen</translation>
    </message>
    <message>
        <source>Projection with the values as set</source>
        <translation>Projektion wie eingestellt</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Median of the draws</source>
        <translation>Median der Ziehungen</translation>
    </message>
    <message>
        <source>10th and 90th percentiles</source>
        <translation>10. und 90. Perzentil</translation>
    </message>
    <message>
        <source>Every input is fixed: no spread to show</source>
        <translation>Alle Eingaben sind fest: keine Streuung darzustellen</translation>
    </message>
    <message>
        <source>Every draw would give the projection: %1 jobs created by %2.</source>
        <translation>Jede Ziehung ergäbe die Projektion: %1 neue Arbeitsplätze bis %2.</translation>
    </message>
    <message>
        <source>Every draw would give the projection: %1 jobs linked in %2.</source>
        <translation>Jede Ziehung ergäbe die Projektion: %1 zugerechnete Arbeitsplätze, Stand %2.</translation>
    </message>
    <message>
        <source>Jobs created by %1 (%2 draws)</source>
        <translation>Neue Arbeitsplätze %1 (%2 Ziehungen)</translation>
    </message>
    <message>
        <source>Jobs linked in %1 (%2 draws)</source>
        <translation>Zugerechnete Arbeitsplätze %1 (%2 Ziehungen)</translation>
    </message>
    <message>
        <source>jobs created by %1</source>
        <translation>neue Arbeitsplätze bis %1</translation>
    </message>
    <message>
        <source>jobs linked in %1</source>
        <translation>zugerechnete Arbeitsplätze, Stand %1</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze)</translation>
    </message>
    <message>
        <source>% of draws</source>
        <translation>% der Ziehungen</translation>
    </message>
    <message>
        <source>p10 %1</source>
        <translation>P10 %1</translation>
    </message>
    <message>
        <source>p90 %1</source>
        <translation>P90 %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>projection %1</source>
        <translation>Projektion %1</translation>
    </message>
    <message>
        <source>Draws, share per bin (%1 % beyond the axis)</source>
        <translation>Anteil je Klasse (%1 % außerhalb)</translation>
    </message>
    <message>
        <source>Draws, share per bin</source>
        <translation>Anteil der Ziehungen je Klasse</translation>
    </message>
    <message>
        <source>Pledge: %1, met in %2 % of draws</source>
        <translation>Zusage: %1, erfüllt in %2 % der Ziehungen</translation>
    </message>
    <message>
        <source>Pledge: %1 (off the axis), met in %2 %</source>
        <translation>Zusage: %1 (außerhalb), erfüllt: %2 %</translation>
    </message>
    <message>
        <source>Projection with the values as set: %1</source>
        <translation>Projektion wie eingestellt: %1</translation>
    </message>
    <message>
        <source>Median of the draws: %1</source>
        <translation>Median der Ziehungen: %1</translation>
    </message>
    <message>
        <source>10th and 90th percentiles: %1 and %2</source>
        <translation>10. und 90. Perzentil: %1 und %2</translation>
    </message>
</context>
<context>
    <name>JobsAxis</name>
    <message>
        <source>linear: jobs lost cannot be drawn on a logarithmic axis</source>
        <translation>linear: verlorene Arbeitsplätze lassen sich auf einer logarithmischen Achse nicht zeichnen</translation>
    </message>
    <message>
        <source>logarithmic: on a linear one it would lie under a tenth of the axis</source>
        <translation>logarithmisch: auf einer linearen läge sie unter einem Zehntel der Achse</translation>
    </message>
    <message>
        <source>logarithmic: the draws span more than a factor of 20</source>
        <translation>logarithmisch: die Ziehungen umfassen mehr als einen Faktor 20</translation>
    </message>
    <message>
        <source>linear, fitted to the jobs: losses cannot be drawn on a logarithmic axis, and the pledge would flatten them</source>
        <translation>linear, an die Arbeitsplätze angepasst: Verluste lassen sich auf einer logarithmischen Achse nicht zeichnen, und die Zusage würde sie flach drücken</translation>
    </message>
</context>
<context>
    <name>JobsChart</name>
    <message>
        <source>10-90 % of draws</source>
        <translation>10–90 % der Ziehungen</translation>
    </message>
    <message>
        <source>25-75 % of draws</source>
        <translation>25–75 % der Ziehungen</translation>
    </message>
    <message>
        <source>Baseline (as opened or saved)</source>
        <translation>Ausgangsstand (wie geöffnet oder gespeichert)</translation>
    </message>
    <message>
        <source>Export-supported jobs (second lens, not added)</source>
        <translation>Exportgestützte Arbeitsplätze (zweite Sicht, nicht addiert)</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Median of the draws</source>
        <translation>Median der Ziehungen</translation>
    </message>
    <message>
        <source>Projected jobs</source>
        <translation>Projizierte Arbeitsplätze</translation>
    </message>
    <message>
        <source>%1: jobs created against the pledge</source>
        <translation>%1: neue Arbeitsplätze und Zusage</translation>
    </message>
    <message>
        <source>%1: jobs linked against the pledge</source>
        <translation>%1: zugerechnete Arbeitsplätze und Zusage</translation>
    </message>
    <message>
        <source>jobs created since %1</source>
        <translation>neue Arbeitsplätze seit %1</translation>
    </message>
    <message>
        <source>jobs linked</source>
        <translation>zugerechnete Arbeitsplätze</translation>
    </message>
    <message>
        <source>%1 (log scale: 0 drawn at 1)</source>
        <translation>%1 (log. Skala, 0 bei 1)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (log. Skala)</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze)</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost, which a logarithmic axis cannot show)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze, die eine logarithmische Achse nicht zeigen kann)</translation>
    </message>
    <message>
        <source>10-90 % of %1 draws</source>
        <translation>10–90 % von %1 Ziehungen</translation>
    </message>
    <message>
        <source>25-75 % of %1 draws</source>
        <translation>25–75 % von %1 Ziehungen</translation>
    </message>
    <message>
        <source>Median of the draws: %1 by %2</source>
        <translation>Median der Ziehungen: %1 bis %2</translation>
    </message>
    <message>
        <source>projection %1</source>
        <translation>Projektion %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>↑ export lens off the scale: %1 by %2</source>
        <translation>↑ Exportsicht außerhalb der Skala: %1 bis %2</translation>
    </message>
    <message>
        <source>Pledge: %1</source>
        <translation>Zusage: %1</translation>
    </message>
    <message>
        <source>Projected jobs created: %1 by %2</source>
        <translation>Projizierte neue Arbeitsplätze: %1 bis %2</translation>
    </message>
    <message>
        <source>Projected jobs linked: %1 in %2</source>
        <translation>Projizierte zugerechnete Arbeitsplätze: %1, Stand %2</translation>
    </message>
    <message>
        <source>, off the scale</source>
        <translation>, außerhalb der Skala</translation>
    </message>
    <message>
        <source>Export-supported jobs added (second lens, not added): %1%2</source>
        <translation>Hinzugekommene exportgestützte Arbeitsplätze (zweite Sicht, nicht addiert): %1%2</translation>
    </message>
    <message>
        <source>Export-supported jobs (second lens, not added): %1%2</source>
        <translation>Exportgestützte Arbeitsplätze (zweite Sicht, nicht addiert): %1%2</translation>
    </message>
    <message>
        <source>Pledge met %1</source>
        <translation>Zusage erfüllt %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost; pledge above the scale)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze; Zusage über der Skala)</translation>
    </message>
    <message>
        <source>↑ pledge off the scale: %1</source>
        <translation>↑ Zusage außerhalb der Skala: %1</translation>
    </message>
    <message>
        <source>↓ export lens off the scale: %1 by %2</source>
        <translation>↓ Exportsicht außerhalb der Skala: %1 bis %2</translation>
    </message>
</context>
<context>
    <name>KeyFigureHelp</name>
    <message>
        <source>The verdict: whether the projection with the values as set meets the pledge, that is the first month t with J(t) at or above the pledge, and how long before the term ends; then the jobs at the horizon and their share of the pledge, and the share of the Monte Carlo draws that meet it, with their median. A tick on green when met, a cross on red when not (docs/model.md, &quot;Key figures&quot; and &quot;Uncertainty&quot;).</source>
        <translation>Das Urteil: ob die Projektion mit den eingestellten Werten die Zusage erfüllt, also der erste Monat t mit J(t) auf oder über der Zusage, und wie lange vor Ende der Frist; dann die Arbeitsplätze am Horizont und ihr Anteil an der Zusage sowie der Anteil der Monte-Carlo-Ziehungen, die sie erfüllen, mit ihrem Median. Ein Haken auf Grün, wenn erfüllt, ein Kreuz auf Rot, wenn nicht (Abschnitte „Key figures“ und „Uncertainty“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Values as set: the figures in this row come from one projection with every input at the value it is set to (docs/model.md, &quot;Key figures&quot;).</source>
        <translation>Eingestellte Werte: Die Zahlen in dieser Zeile stammen aus einer Projektion mit jeder Eingabe auf ihrem eingestellten Wert (Abschnitt „Key figures“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Draws: the same figures over the Monte Carlo draws of the uncertain inputs, the median and in brackets the 10th to the 90th percentile. The median of the draws and the projection as set are two figures and differ (docs/model.md, &quot;Uncertainty&quot;).</source>
        <translation>Ziehungen: dieselben Zahlen über die Monte-Carlo-Ziehungen der unsicheren Eingaben, der Median und in Klammern das 10. bis 90. Perzentil. Der Median der Ziehungen und die Projektion wie eingestellt sind zwei verschiedene Zahlen und weichen voneinander ab (Abschnitt „Uncertainty“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Jobs at the horizon, J(12H), on the scenario&apos;s basis: J_linked(t) = (D(t) + V(t)) (1 - displacement share), direct jobs D = h Hs(t) plus service jobs V; created counts J_linked(12H) - J_linked(0), linked counts J_linked(12H). In brackets, its share of the pledge (docs/model.md, &quot;Jobs J(t): the headline figure&quot;).</source>
        <translation>Arbeitsplätze am Horizont, J(12H), nach der Zählweise des Szenarios: J_linked(t) = (D(t) + V(t)) (1 - Verdrängungsanteil), direkte Arbeitsplätze D = h Hs(t) plus Service-Arbeitsplätze V; „geschaffen“ zählt J_linked(12H) - J_linked(0), „zugerechnet“ zählt J_linked(12H). In Klammern ihr Anteil an der Zusage (Abschnitt „Jobs J(t): the headline figure“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Sellers at the horizon, S(12H): the starting sellers grown at the net rate n = (1 + g)(1 - c) - 1 on the chosen growth model, exponential, logistic or linear (docs/model.md, &quot;Sellers S(t)&quot;).</source>
        <translation>Händler am Horizont, S(12H): die Händler zu Beginn, gewachsen mit der Nettorate n = (1 + g)(1 - c) - 1 nach dem gewählten Wachstumsmodell, exponentiell, logistisch oder linear (Abschnitt „Sellers S(t)“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Pledge met: the first month t, counted from the start month, with J(t) at or above the pledge (to one part in a billion), or not met by the horizon (docs/model.md, &quot;Key figures&quot;).</source>
        <translation>Zusage erfüllt: der erste Monat t, gezählt ab dem Startmonat, mit J(t) auf oder über der Zusage (auf ein Milliardstel genau), oder bis zum Horizont nicht erfüllt (Abschnitt „Key figures“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Jobs at the horizon over the Monte Carlo draws: the median, and in brackets the 10th to the 90th percentile of J(12H) across the draws (docs/model.md, &quot;Uncertainty&quot;, Figures).</source>
        <translation>Arbeitsplätze am Horizont über die Monte-Carlo-Ziehungen: der Median und in Klammern das 10. bis 90. Perzentil von J(12H) über die Ziehungen (Abschnitt „Uncertainty“, Teil Figures, in docs/model.md).</translation>
    </message>
    <message>
        <source>Sellers at the horizon over the Monte Carlo draws: the median, and in brackets the 10th to the 90th percentile of S(12H) across the draws (docs/model.md, &quot;Uncertainty&quot;, Figures).</source>
        <translation>Händler am Horizont über die Monte-Carlo-Ziehungen: der Median und in Klammern das 10. bis 90. Perzentil von S(12H) über die Ziehungen (Abschnitt „Uncertainty“, Teil Figures, in docs/model.md).</translation>
    </message>
    <message>
        <source>The chance of meeting the pledge: the share of the Monte Carlo draws whose jobs reach the pledge by the horizon; &quot;certain&quot; when every input is fixed (docs/model.md, &quot;Uncertainty&quot;).</source>
        <translation>Die Chance, die Zusage zu erfüllen: der Anteil der Monte-Carlo-Ziehungen, deren Arbeitsplätze die Zusage bis zum Horizont erreichen; „sicher“, wenn alle Eingaben fest sind (Abschnitt „Uncertainty“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Growth needed: the yearly seller growth g, before churn, at which J(12H) equals the pledge with every other input as set. Found by a scan of -50 to 1,000 % and Brent&apos;s method; &quot;met even at&quot; the low end or &quot;out of reach&quot; when no value in the range equals it (docs/model.md, &quot;How the required values are found&quot;).</source>
        <translation>Nötiges Wachstum: das jährliche Händlerwachstum g vor Abwanderung, bei dem J(12H) der Zusage entspricht, alle übrigen Eingaben wie eingestellt. Gefunden durch eine Rastersuche von -50 bis 1.000 % und das Brent-Verfahren; „erfüllt selbst bei“ dem unteren Ende oder „unerreichbar“, wenn kein Wert im Bereich ihr entspricht (Abschnitt „How the required values are found“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Hires needed: the hires per hiring seller h at which J(12H) equals the pledge with every other input as set. Found by a scan of 0 to 100 and Brent&apos;s method; &quot;met even at&quot; the low end or &quot;out of reach&quot; when no value in the range equals it (docs/model.md, &quot;How the required values are found&quot;).</source>
        <translation>Nötige Einstellungen: die Einstellungen je einstellendem Händler h, bei denen J(12H) der Zusage entspricht, alle übrigen Eingaben wie eingestellt. Gefunden durch eine Rastersuche von 0 bis 100 und das Brent-Verfahren; „erfüllt selbst bei“ dem unteren Ende oder „unerreichbar“, wenn kein Wert im Bereich ihr entspricht (Abschnitt „How the required values are found“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Starting sellers needed: the sellers at the start S0 at which J(12H) equals the pledge with every other input as set. Found by a scan of 1 to 10,000,000 (geometric) and Brent&apos;s method (docs/model.md, &quot;How the required values are found&quot;).</source>
        <translation>Nötige Händler zu Beginn: die Händler zu Beginn S0, bei denen J(12H) der Zusage entspricht, alle übrigen Eingaben wie eingestellt. Gefunden durch eine (geometrische) Rastersuche von 1 bis 10.000.000 und das Brent-Verfahren (Abschnitt „How the required values are found“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Job-years to the horizon: (J(0) + J(1) + ... + J(12H - 1)) / 12, each month&apos;s jobs on the scenario&apos;s basis held for a twelfth of a year; one job held two years is two job-years (docs/model.md, &quot;Job-years&quot;).</source>
        <translation>Arbeitsplatzjahre bis zum Horizont: (J(0) + J(1) + ... + J(12H - 1)) / 12, die Arbeitsplätze jedes Monats nach der Zählweise des Szenarios, je ein Zwölftel Jahr gehalten; ein zwei Jahre gehaltener Arbeitsplatz sind zwei Arbeitsplatzjahre (Abschnitt „Job-years“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Export-supported jobs at the horizon: X(12H) = S(12H) x export value per seller x jobs per billion dollars of exports / 1e9. A second lens that overlaps the direct and service jobs and is never added to them (docs/model.md, &quot;Export-supported jobs X(t): the second lens&quot;).</source>
        <translation>Exportgestützte Arbeitsplätze am Horizont: X(12H) = S(12H) x Exportwert je Händler x Arbeitsplätze je Milliarde Dollar Exporte / 1e9. Eine zweite Sicht, die sich mit den direkten und den Service-Arbeitsplätzen überschneidet und nie zu ihnen addiert wird (Abschnitt „Export-supported jobs X(t): the second lens“ in docs/model.md).</translation>
    </message>
    <message>
        <source>Plausibility checks: a warning for each public total the projection passes before the horizon (sales to China against US goods exports, sellers against small exporters and all small businesses, export-supported jobs against all jobs exports support), with the month it is first passed; the source is in the tooltip (docs/model.md, &quot;Plausibility checks&quot;).</source>
        <translation>Plausibilitätsprüfungen: eine Warnung für jede öffentliche Gesamtzahl, die die Projektion vor dem Horizont überschreitet (Umsatz nach China gegenüber den US-Warenexporten, Händler gegenüber kleinen Exporteuren und allen Kleinunternehmen, exportgestützte Arbeitsplätze gegenüber allen durch Exporte gestützten Arbeitsplätzen), mit dem Monat der ersten Überschreitung; die Quelle steht im Tooltip (Abschnitt „Plausibility checks“ in docs/model.md).</translation>
    </message>
</context>
<context>
    <name>KeyFiguresView</name>
    <message>
        <source>as the term ends</source>
        <translation>zum Ende der Frist</translation>
    </message>
    <message>
        <source>in the term&apos;s last month</source>
        <translation>im letzten Monat der Frist</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>one month before the term ends</source>
        <translation>einen Monat vor Ende der Frist</translation>
    </message>
    <message>
        <source>%1 months before the term ends</source>
        <translation>%1 Monate vor Ende der Frist</translation>
    </message>
    <message>
        <source>met even at %1</source>
        <translation>erfüllt selbst bei %1</translation>
    </message>
    <message>
        <source>out of reach within %1 to %2</source>
        <translation>unerreichbar im Bereich %1 bis %2</translation>
    </message>
    <message>
        <source>Exactly %1</source>
        <translation>Genau %1</translation>
    </message>
    <message>
        <source>$%1 trillion</source>
        <translation>%1 Bio. $</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>$%1 billion</source>
        <translation>%1 Mrd. $</translation>
    </message>
    <message>
        <source>$%1 million</source>
        <translation>%1 Mio. $</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Sales to China</source>
        <translation>Umsatz nach China</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Export-supported jobs</source>
        <translation>Exportgestützte Arbeitsplätze</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Median %1, 10th percentile %2, 90th percentile %3</source>
        <translation>Median %1, 10. Perzentil %2, 90. Perzentil %3</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 (no spread)</source>
        <translation>%1 (keine Streuung)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
</context>
<context>
    <name>ModelMessage</name>
    <message>
        <source>%1 = %2 is not valid: the valid range is %3</source>
        <translation>%1 = %2 ist ungültig: der gültige Bereich ist %3</translation>
    </message>
    <message>
        <source>net yearly growth (1 + annual_growth_rate)(1 - annual_churn_rate) - 1 must be above -1</source>
        <translation>Das jährliche Nettowachstum (1 + Händlerwachstum)(1 − Abwanderung) − 1 muss über −100 % liegen</translation>
    </message>
    <message>
        <source>%1 = %2 is below %3 = %4: under logistic growth the market must hold at least the starting sellers</source>
        <translation>%1 = %2 liegt unter %3 = %4: bei logistischem Wachstum muss der Markt mindestens die Händler zu Beginn fassen</translation>
    </message>
    <message>
        <source>an event may not change %1; it may change %2</source>
        <translation>Ein Ereignis darf %1 nicht ändern; es darf ändern: %2</translation>
    </message>
    <message>
        <source>an event on %1 in %2 falls outside the scenario: events fall from %3 to %4</source>
        <translation>Ein Ereignis für %1 im %2 liegt außerhalb des Szenarios: Ereignisse liegen zwischen %3 und %4</translation>
    </message>
    <message>
        <source>an event in %1 sets %2</source>
        <translation>Ereignis im %1: %2</translation>
    </message>
    <message>
        <source>two events change %1 in %2; keep one</source>
        <translation>Zwei Ereignisse ändern %1 im %2; behalten Sie eines</translation>
    </message>
    <message>
        <source>a reported %1 figure in %2</source>
        <translation>Eine gemeldete Zahl (%1) im %2</translation>
    </message>
    <message>
        <source>%1 falls outside the scenario: reports fall from %2 to %3</source>
        <translation>%1 liegt außerhalb des Szenarios: Meldungen liegen zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 is %2: a reported count must be above 0</source>
        <translation>%1 ist %2: eine gemeldete Anzahl muss über 0 liegen</translation>
    </message>
    <message>
        <source>%1 has low %2: low must be above 0 and at most the value %3</source>
        <translation>%1 hat die Untergrenze %2: die Untergrenze muss über 0 und höchstens beim Wert %3 liegen</translation>
    </message>
    <message>
        <source>%1 has high %2: high must be at least the value %3</source>
        <translation>%1 hat die Obergrenze %2: die Obergrenze muss mindestens beim Wert %3 liegen</translation>
    </message>
    <message>
        <source>name at least one parameter to fit</source>
        <translation>Wählen Sie mindestens einen Parameter zum Anpassen</translation>
    </message>
    <message>
        <source>%1 is not a real-valued parameter: only those may be fitted</source>
        <translation>%1 ist kein reellwertiger Parameter: nur solche können angepasst werden</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist doppelt genannt</translation>
    </message>
    <message>
        <source>the scenario holds no reported figures (observations) to fit to</source>
        <translation>Das Szenario enthält keine gemeldeten Zahlen (Beobachtungen), an die angepasst werden könnte</translation>
    </message>
    <message>
        <source>none of the scenario&apos;s reported figures falls inside it: nothing to fit to</source>
        <translation>Keine der gemeldeten Zahlen des Szenarios liegt in seinem Zeitraum: nichts anzupassen</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 does not move the reported figures in this scenario: left at %2</source>
        <translation>%1 bewegt die gemeldeten Zahlen in diesem Szenario nicht: bleibt bei %2</translation>
    </message>
    <message>
        <source>%1 parameters fitted to %2 reported figure: other values fit as well; fit fewer or add reports</source>
        <translation>%1 Parameter an %2 gemeldete Zahl angepasst: andere Werte passen ebenso gut; passen Sie weniger an oder ergänzen Sie Meldungen</translation>
    </message>
    <message>
        <source>%1 parameters fitted to %2 reported figures: other values fit as well; fit fewer or add reports</source>
        <translation>%1 Parameter an %2 gemeldete Zahlen angepasst: andere Werte passen ebenso gut; passen Sie weniger an oder ergänzen Sie Meldungen</translation>
    </message>
    <message>
        <source>the fit did not converge in %1 projections: the values are the last tried</source>
        <translation>Die Anpassung ist nach %1 Projektionen nicht konvergiert: die Werte sind die zuletzt versuchten</translation>
    </message>
    <message>
        <source>%1 = %2 is at the edge of its valid range %3: the reports would push it further</source>
        <translation>%1 = %2 liegt am Rand seines gültigen Bereichs %3: die Meldungen würden den Wert weiter schieben</translation>
    </message>
    <message>
        <source>%1: only real-valued parameters can be uncertain</source>
        <translation>%1: nur reellwertige Parameter können unsicher sein</translation>
    </message>
    <message>
        <source>%1: the distribution&apos;s numbers must be finite</source>
        <translation>%1: die Zahlen der Verteilung müssen endlich sein</translation>
    </message>
    <message>
        <source>%1: uniform low %2 is above high %3</source>
        <translation>%1: gleichverteilt, die Untergrenze %2 liegt über der Obergrenze %3</translation>
    </message>
    <message>
        <source>%1: uniform(%2, %3) leaves the valid range %4</source>
        <translation>%1: gleichverteilt von %2 bis %3 verlässt den gültigen Bereich %4</translation>
    </message>
    <message>
        <source>%1: triangular needs low &lt;= mode &lt;= high, got %2, %3, %4</source>
        <translation>%1: dreiecksverteilt braucht unten ≤ am wahrscheinlichsten ≤ oben, erhalten %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: triangular(%2, %3, %4) leaves the valid range %5</source>
        <translation>%1: dreiecksverteilt (%2, %3, %4) verlässt den gültigen Bereich %5</translation>
    </message>
    <message>
        <source>%1: normal sd must be above 0, got %2</source>
        <translation>%1: normalverteilt, die Std.-Abw. muss über 0 liegen, erhalten %2</translation>
    </message>
    <message>
        <source>%1: normal sd %2 is lost in rounding next to the mean %3; make the parameter fixed instead</source>
        <translation>%1: normalverteilt, die Std.-Abw. %2 geht neben dem Mittelwert %3 in der Rundung verloren; legen Sie den Parameter stattdessen fest</translation>
    </message>
    <message>
        <source>%1: normal mean %2 is outside the valid range %3</source>
        <translation>%1: normalverteilt, der Mittelwert %2 liegt außerhalb des gültigen Bereichs %3</translation>
    </message>
    <message>
        <source>%1: lognormal needs 0 &lt; median &lt; p90, got median %2, p90 %3</source>
        <translation>%1: lognormalverteilt braucht 0 &lt; Median &lt; 90. Perzentil, erhalten Median %2, 90. Perzentil %3</translation>
    </message>
    <message>
        <source>%1: lognormal median %2 is below the least allowed, %3</source>
        <translation>%1: lognormalverteilt, der Median %2 liegt unter dem kleinsten erlaubten Wert, %3</translation>
    </message>
    <message>
        <source>%1: lognormal p90 %2 is within rounding of the median %3, so there is no spread; make the parameter fixed instead</source>
        <translation>%1: lognormalverteilt, das 90. Perzentil %2 liegt in Rundungsnähe des Medians %3, es gibt also keine Streuung; legen Sie den Parameter stattdessen fest</translation>
    </message>
    <message>
        <source>%1: lognormal median %2 is outside the valid range %3</source>
        <translation>%1: lognormalverteilt, der Median %2 liegt außerhalb des gültigen Bereichs %3</translation>
    </message>
    <message>
        <source>%1: the pledge is a fixed number and cannot be uncertain</source>
        <translation>%1: die Zusage ist eine feste Zahl und kann nicht unsicher sein</translation>
    </message>
    <message>
        <source>samples = %1 is not valid: the valid range is 1 to %2</source>
        <translation>Ziehungen = %1 ist ungültig: der gültige Bereich ist 1 bis %2</translation>
    </message>
    <message>
        <source>sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>%1 = %2 is not valid: %3; move or remove the entry first</source>
        <translation>%1 = %2 ist ungültig: %3; verschieben oder entfernen Sie zuerst den Eintrag</translation>
    </message>
    <message>
        <source>%1 = %2 is not valid: %3; with the events and reports as they are, the valid range is %4 to %5; move or remove the entry first</source>
        <translation>%1 = %2 ist ungültig: %3; mit den Ereignissen und Meldungen, wie sie sind, ist der gültige Bereich %4 bis %5; verschieben oder entfernen Sie zuerst einen Eintrag</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>eine Pipe</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot;</source>
        <translation>einen Monat „JJJJ-MM“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>Fehlerhaftes JSON in %1: %2</translation>
    </message>
    <message>
        <source>not a PledgeCheck scenario: the top level is not a JSON object</source>
        <translation>Kein PledgeCheck-Szenario: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a PledgeCheck scenario: &quot;%1&quot; must be &quot;%2&quot;</source>
        <translation>Kein PledgeCheck-Szenario: „%1“ muss „%2“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1, found %2</source>
        <translation>„%1“ muss eine ganze Zahl ab 1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>written in format version %1 by a newer PledgeCheck; this version reads format version %2 and older</source>
        <translation>Von einem neueren PledgeCheck im Dateiformat %1 geschrieben; diese Version liest Dateiformat %2 und älter</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>Unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: erwartet %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid: the valid range is %3</source>
        <translation>%1: „%2“ ist ungültig: der gültige Bereich ist %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a month &quot;YYYY-MM&quot;</source>
        <translation>%1: „%2“ ist kein Monat „JJJJ-MM“</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; the limit is %3 characters</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3 Zeichen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at %2</source>
        <translation>Doppelter Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <source>control character U+%1 inside a string at %2: write it as %3</source>
        <translation>Steuerzeichen U+%1 in einer Zeichenkette in %2: schreiben Sie es als %3</translation>
    </message>
    <message>
        <source>not a scenario file: the path is %1, not a regular file</source>
        <translation>Keine Szenariodatei: der Pfad ist %1, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a PledgeCheck scenario: larger than %1 bytes (16 MiB), the most a scenario file may hold</source>
        <translation>Kein PledgeCheck-Szenario: größer als %1 Byte (16 MiB), das Höchste, was eine Szenariodatei enthalten darf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: %2 entries; a scenario holds at most %3 %1</source>
        <translation>%1: %2 Einträge; ein Szenario enthält höchstens %3 %1</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot;; an event may change %3</source>
        <translation>%1: unbekannter Parameter „%2“; ein Ereignis darf ändern: %3</translation>
    </message>
    <message>
        <source>%1: unknown metric &quot;%2&quot;; the metrics are %3 or %4</source>
        <translation>%1: unbekannte Kennzahl „%2“; die Kennzahlen sind %3 oder %4</translation>
    </message>
    <message>
        <source>%1[%2]: the same report as %1[%3]; keep one</source>
        <translation>%1[%2]: dieselbe Meldung wie %1[%3]; behalten Sie eine</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not a distribution; the kinds are %3</source>
        <translation>%1.kind: „%2“ ist keine Verteilung; die Arten sind %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1.%2&quot; for a %3 distribution</source>
        <translation>Unbekannter Schlüssel „%1.%2“ für eine Verteilung %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;: not a parameter</source>
        <translation>Unbekannter Schlüssel „%1“: kein Parameter</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: its centre %2 must equal the parameter&apos;s value %3 (the mode of a triangular, mean of a normal, median of a lognormal, midpoint of a uniform)</source>
        <translation>%1: ihre Mitte %2 muss dem Wert des Parameters %3 gleichen (Modus einer Dreiecks-, Mittelwert einer Normal-, Median einer Lognormal-, Mittelpunkt einer Gleichverteilung)</translation>
    </message>
    <message>
        <source>an object such as %1</source>
        <translation>ein Objekt wie %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Die Quelle</translation>
    </message>
    <message>
        <source>%1 is in the start month, where no job has yet been created (jobs counted as created are 0 there, whatever the values): count jobs as linked to fit to it</source>
        <translation>%1 liegt im Startmonat, in dem noch kein Arbeitsplatz geschaffen ist (als „geschaffen“ gezählt sind es dort 0, welche Werte auch gelten): zählen Sie die Arbeitsplätze als „zugerechnet“, um daran anzupassen</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>Sellers at start</source>
        <translation>Händler zu Beginn</translation>
    </message>
    <message>
        <source>sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>CNNMoney (Jan 2017), from Alibaba: more than 7,000 US brands sold to Chinese consumers on Alibaba&apos;s sites in 2016.</source>
        <translation>CNNMoney (Jan. 2017), nach Angaben von Alibaba: Mehr als 7.000 US-Marken verkauften 2016 über Alibabas Plattformen an chinesische Verbraucher.</translation>
    </message>
    <message>
        <source>Growth curve</source>
        <translation>Wachstumskurve</translation>
    </message>
    <message>
        <source>Judgement: constant yearly growth (exponential) is the arithmetic of the pledge itself, 7,000 sellers to one million in five years.</source>
        <translation>Einschätzung: Konstantes jährliches Wachstum (exponentiell) ist die Rechnung der Zusage selbst, 7.000 Händler auf eine Million in fünf Jahren.</translation>
    </message>
    <message>
        <source>Yearly seller growth</source>
        <translation>Jährliches Händlerwachstum</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Balding (Parkiet, 2017): a million jobs would take 25 to 40 years, sellers growing 13 % to 22 % a year net, 30 % to 40 % gross with 13 % churn; 35 % is its centre. Foreign brands on Tmall Global grew from 14,500 (Jan 2017) to 46,000 (2024), 17.9 % a year net (Reuters Breakingviews; Alizila), 35.6 % gross. (1 + 0.35) x (1 - 0.13) = 1.1745, 17.45 % net.</source>
        <translation>Balding (Parkiet, 2017): Eine Million Arbeitsplätze würde 25 bis 40 Jahre dauern, bei einem Händlerwachstum von netto 13 % bis 22 % pro Jahr, brutto 30 % bis 40 % bei 13 % Abwanderung; 35 % ist die Mitte. Ausländische Marken auf Tmall Global wuchsen von 14.500 (Jan. 2017) auf 46.000 (2024), netto 17,9 % pro Jahr (Reuters Breakingviews; Alizila), brutto 35,6 %. (1 + 0,35) x (1 - 0,13) = 1,1745, netto 17,45 %.</translation>
    </message>
    <message>
        <source>Yearly seller churn</source>
        <translation>Jährliche Händlerabwanderung</translation>
    </message>
    <message>
        <source>SBA Office of Advocacy FAQ: about half of new establishments survive five years, so 1 - 0.5^(1/5) = 13 % leave each year.</source>
        <translation>SBA Office of Advocacy FAQ: Etwa die Hälfte neuer Betriebe überlebt fünf Jahre, also scheiden jedes Jahr 1 - 0,5^(1/5) = 13 % aus.</translation>
    </message>
    <message>
        <source>Market size (logistic cap)</source>
        <translation>Marktgröße (logistische Obergrenze)</translation>
    </message>
    <message>
        <source>SBA Office of Advocacy FAQ (Oct 2020): 31.7 million US small businesses, employers or not, as sellers here are. Used only by the logistic curve.</source>
        <translation>SBA Office of Advocacy FAQ (Okt. 2020): 31,7 Millionen US-Kleinunternehmen, mit oder ohne Beschäftigte, wie die Händler hier. Nur von der logistischen Kurve verwendet.</translation>
    </message>
    <message>
        <source>Hires per hiring seller</source>
        <translation>Einstellungen je einstellendem Händler</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Alibaba&apos;s own plan (Kuperman, Digital Commerce 360, Apr 2017) and CNNMoney (Jan 2017): one million jobs means each business hires one worker.</source>
        <translation>Alibabas eigener Plan (Kuperman, Digital Commerce 360, Apr. 2017) und CNNMoney (Jan. 2017): Eine Million Arbeitsplätze heißt, jedes Unternehmen stellt eine Arbeitskraft ein.</translation>
    </message>
    <message>
        <source>Side businesses (hire no one)</source>
        <translation>Nebenerwerbe (ohne Einstellungen)</translation>
    </message>
    <message>
        <source>Between SBA Office of Advocacy FAQ (Oct 2020), 80 % to 81 % of all US small businesses have no employees, and Wired (2015), about 88 % of Etsy&apos;s online sellers work alone: 84 %, the middle (a judgement), as online sellers to China are small businesses that sell online. CNNMoney expects mom-and-pop side businesses.</source>
        <translation>Zwischen SBA Office of Advocacy FAQ (Okt. 2020), 80 % bis 81 % aller US-Kleinunternehmen haben keine Beschäftigten, und Wired (2015), etwa 88 % der Online-Händler auf Etsy arbeiten allein: 84 %, die Mitte (eine Einschätzung), da Online-Händler nach China Kleinunternehmen sind, die online verkaufen. CNNMoney erwartet kleine Familien-Nebenerwerbe.</translation>
    </message>
    <message>
        <source>Months from joining to hiring</source>
        <translation>Monate bis zur ersten Einstellung</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Judgement: the pledge&apos;s arithmetic assumes a seller hires as it joins.</source>
        <translation>Einschätzung: Die Rechnung der Zusage nimmt an, dass ein Händler bei seinem Beitritt einstellt.</translation>
    </message>
    <message>
        <source>Service jobs per 1,000 sellers</source>
        <translation>Service-Arbeitsplätze je 1.000 Händler</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Judgement from Jack Ma at Davos (Jan 2017): ten million Chinese sellers needed five million people to deliver their goods, 500 per 1,000, work done in China. For US sellers, over 70 % of Tmall Global&apos;s cross-border goods are stocked in warehouses in China (Alizila, 2024), so at most 30 % of that work, 150 per 1,000, is fulfilment, parcel carriage and shop agencies in the US; the value is the middle of none to 150.</source>
        <translation>Einschätzung nach Jack Ma in Davos (Jan. 2017): Zehn Millionen chinesische Händler brauchten fünf Millionen Menschen, um ihre Waren auszuliefern, 500 je 1.000, Arbeit in China. Bei US-Händlern lagern über 70 % der grenzüberschreitenden Waren von Tmall Global in Lagerhäusern in China (Alizila, 2024), also sind höchstens 30 % dieser Arbeit, 150 je 1.000, Auftragsabwicklung, Paketzustellung und Shop-Agenturen in den USA; der Wert ist die Mitte zwischen null und 150.</translation>
    </message>
    <message>
        <source>Exports per seller</source>
        <translation>Exporte je Händler</translation>
    </message>
    <message>
        <source>USD a year</source>
        <translation>USD pro Jahr</translation>
    </message>
    <message>
        <source>CNNMoney (Jan 2017), from Alibaba: 7,000 US brands sold $15 billion to Chinese consumers in 2016, $2.14 million each.</source>
        <translation>CNNMoney (Jan. 2017), nach Angaben von Alibaba: 7.000 US-Marken verkauften 2016 für 15 Mrd. $ an chinesische Verbraucher, 2,14 Mio. $ je Marke.</translation>
    </message>
    <message>
        <source>Jobs per $1B of exports</source>
        <translation>Arbeitsplätze je 1 Mrd. $ Exporte</translation>
    </message>
    <message>
        <source>US Commerce Dept, International Trade Administration, Jobs Supported by Exports 2016 (Aug 2017): 5,744 US jobs per $1 billion of exports.</source>
        <translation>US-Handelsministerium, International Trade Administration, Jobs Supported by Exports 2016 (Aug. 2017): 5.744 US-Arbeitsplätze je 1 Mrd. $ Exporte.</translation>
    </message>
    <message>
        <source>Displaced (would exist anyway)</source>
        <translation>Verdrängt (gäbe es ohnehin)</translation>
    </message>
    <message>
        <source>Judgement, in the additionality frame of the UK HCA Additionality Guide (2014): a quarter of the jobs would have existed anyway, sales moved from other channels or other exporters.</source>
        <translation>Einschätzung im Additionalitätsrahmen des UK HCA Additionality Guide (2014): Ein Viertel der Arbeitsplätze hätte es ohnehin gegeben, Umsätze wurden von anderen Kanälen oder Exporteuren verlagert.</translation>
    </message>
    <message>
        <source>Pledged jobs</source>
        <translation>Zugesagte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jack Ma&apos;s pledge to Donald Trump, 9 Jan 2017: one million US jobs in five years (CNNMoney; Forbes).</source>
        <translation>Jack Mas Zusage an Donald Trump vom 9. Jan. 2017: eine Million US-Arbeitsplätze in fünf Jahren (CNNMoney; Forbes).</translation>
    </message>
    <message>
        <source>Jobs counted</source>
        <translation>Gezählte Arbeitsplätze</translation>
    </message>
    <message>
        <source>The pledge was to create jobs: Ma &quot;pledged to create one million jobs&quot; and it &quot;would require each of those businesses to hire one new worker&quot; (CNNMoney, Jan 2017); &quot;one million new jobs&quot; (Forbes, Jan 2017). So created, J(t) - J(0), counts the jobs added since the start month; linked counts every job linked to the sellers, those of the start month included, as the pledge&apos;s own arithmetic (7,000 to one million businesses, one hire each) does.</source>
        <translation>Die Zusage lautete, Arbeitsplätze zu schaffen: Ma „pledged to create one million jobs“, und das „would require each of those businesses to hire one new worker“ (CNNMoney, Jan. 2017); „one million new jobs“ (Forbes, Jan. 2017). Daher zählt „geschaffen“, J(t) - J(0), die seit dem Startmonat hinzugekommenen Arbeitsplätze; „zugerechnet“ zählt jeden den Händlern zugerechneten Arbeitsplatz, einschließlich derer des Startmonats, wie es die Rechnung der Zusage selbst tut (7.000 bis eine Million Unternehmen, je eine Einstellung).</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <source>The pledge was made in January 2017 (CNNMoney; Forbes).</source>
        <translation>Die Zusage wurde im Januar 2017 gegeben (CNNMoney; Forbes).</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>The pledge&apos;s own term: five years, 2017 to 2021 (CNNMoney).</source>
        <translation>Die Frist der Zusage selbst: fünf Jahre, 2017 bis 2021 (CNNMoney).</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Beschäftigte(r)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Wider effects</source>
        <translation>Weitere Effekte</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Zusage</translation>
    </message>
</context>
<context>
    <name>PlausibilityCheck</name>
    <message>
        <source>all US goods exports to China in 2016</source>
        <translation>alle US-Warenexporte nach China 2016</translation>
    </message>
    <message>
        <source>USITC, Trade Shifts 2017: US goods exports to China were $115.6 billion in 2016</source>
        <translation>USITC, Trade Shifts 2017: Die US-Warenexporte nach China betrugen 2016 115,6 Mrd. $</translation>
    </message>
    <message>
        <source>all US goods exports to China in 2017</source>
        <translation>alle US-Warenexporte nach China 2017</translation>
    </message>
    <message>
        <source>USITC, Trade Shifts 2017: US goods exports to China were $130.4 billion in 2017</source>
        <translation>USITC, Trade Shifts 2017: Die US-Warenexporte nach China betrugen 2017 130,4 Mrd. $</translation>
    </message>
    <message>
        <source>all US goods exports to China in 2018</source>
        <translation>alle US-Warenexporte nach China 2018</translation>
    </message>
    <message>
        <source>USITC, Trade Shifts 2019: US goods exports to China were $120.1 billion in 2018</source>
        <translation>USITC, Trade Shifts 2019: Die US-Warenexporte nach China betrugen 2018 120,1 Mrd. $</translation>
    </message>
    <message>
        <source>all US goods exports to China in 2019</source>
        <translation>alle US-Warenexporte nach China 2019</translation>
    </message>
    <message>
        <source>USITC, Trade Shifts 2019: US goods exports to China were $106.6 billion in 2019</source>
        <translation>USITC, Trade Shifts 2019: Die US-Warenexporte nach China betrugen 2019 106,6 Mrd. $</translation>
    </message>
    <message>
        <source>all US goods exports to China in 2020</source>
        <translation>alle US-Warenexporte nach China 2020</translation>
    </message>
    <message>
        <source>USTR (2020): US goods exports to China were $124.5 billion in 2020</source>
        <translation>USTR (2020): Die US-Warenexporte nach China betrugen 2020 124,5 Mrd. $</translation>
    </message>
    <message>
        <source>Sales to China against US goods exports to China</source>
        <translation>Umsatz nach China gegenüber den US-Warenexporten nach China</translation>
    </message>
    <message>
        <source>Sales to China against all US goods exports</source>
        <translation>Umsatz nach China gegenüber allen US-Warenexporten</translation>
    </message>
    <message>
        <source>all US goods exports in 2018</source>
        <translation>alle US-Warenexporte 2018</translation>
    </message>
    <message>
        <source>USITC, Trade Shifts 2018: all US goods exports were nearly $1.7 trillion in 2018</source>
        <translation>USITC, Trade Shifts 2018: Alle US-Warenexporte betrugen 2018 knapp 1,7 Bio. $</translation>
    </message>
    <message>
        <source>Sellers against US small goods exporters</source>
        <translation>Händler gegenüber kleinen US-Warenexporteuren</translation>
    </message>
    <message>
        <source>all US small businesses exporting goods in 2015</source>
        <translation>alle US-Kleinunternehmen, die 2015 Waren exportierten</translation>
    </message>
    <message>
        <source>SBA Office of Advocacy, Frequently Asked Questions, from ITA and Census: 287,835 small businesses exported goods in 2015, 97.6 % of goods exporters (firms with a shipment of $2,501 or more only)</source>
        <translation>SBA Office of Advocacy, Frequently Asked Questions, nach ITA und Census: 287.835 Kleinunternehmen exportierten 2015 Waren, 97,6 % der Warenexporteure (nur Firmen mit einer Sendung ab 2.501 $)</translation>
    </message>
    <message>
        <source>Sellers against US small businesses</source>
        <translation>Händler gegenüber US-Kleinunternehmen</translation>
    </message>
    <message>
        <source>all US small businesses in 2017</source>
        <translation>alle US-Kleinunternehmen 2017</translation>
    </message>
    <message>
        <source>SBA Office of Advocacy, Frequently Asked Questions (Oct 2020): 31.7 million US small businesses, employers or not (2017 data)</source>
        <translation>SBA Office of Advocacy, Frequently Asked Questions (Okt. 2020): 31,7 Millionen US-Kleinunternehmen, mit oder ohne Beschäftigte (Daten von 2017)</translation>
    </message>
    <message>
        <source>Export-supported jobs against US jobs supported by exports</source>
        <translation>Exportgestützte Arbeitsplätze gegenüber den durch Exporte gestützten US-Arbeitsplätzen</translation>
    </message>
    <message>
        <source>all US jobs supported by exports in 2016</source>
        <translation>alle durch Exporte gestützten US-Arbeitsplätze 2016</translation>
    </message>
    <message>
        <source>US Commerce Dept, International Trade Administration, Jobs Supported by Exports 2016 (Aug 2017): exports supported 10.7 million US jobs in 2016</source>
        <translation>US-Handelsministerium, International Trade Administration, Jobs Supported by Exports 2016 (Aug. 2017): Exporte stützten 2016 10,7 Millionen US-Arbeitsplätze</translation>
    </message>
</context>
<context>
    <name>PledgeOddsChart</name>
    <message>
        <source>Draws that have met the pledge</source>
        <translation>Ziehungen, die die Zusage erfüllt haben</translation>
    </message>
    <message>
        <source>Certain: met in %1</source>
        <translation>Sicher: erfüllt in %1</translation>
    </message>
    <message>
        <source>With every input fixed, every draw meets the pledge of %1 from %2 on.</source>
        <translation>Da alle Eingaben fest sind, erfüllt jede Ziehung die Zusage von %1 ab %2.</translation>
    </message>
    <message>
        <source>Certain: not met</source>
        <translation>Sicher: nicht erfüllt</translation>
    </message>
    <message>
        <source>With every input fixed, no draw reaches the pledge of %1 by %2.</source>
        <translation>Da alle Eingaben fest sind, erreicht keine Ziehung die Zusage von %1 bis %2.</translation>
    </message>
    <message>
        <source>% of draws</source>
        <translation>% der Ziehungen</translation>
    </message>
    <message>
        <source>Chance the pledge is met, by year</source>
        <translation>Chance auf Erfüllung, nach Jahr</translation>
    </message>
    <message>
        <source>Met the pledge by %1: %2 % of draws</source>
        <translation>Erfüllt bis %1: %2 % der Ziehungen</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Central estimate (sourced defaults)</source>
        <translation>Zentrale Schätzung (belegte Standardwerte)</translation>
    </message>
    <message>
        <source>The pledge as stated (Alibaba, Jan 2017)</source>
        <translation>Die Zusage wie verkündet (Alibaba, Jan. 2017)</translation>
    </message>
    <message>
        <source>The sceptic&apos;s case (CNNMoney, Jan 2017)</source>
        <translation>Die Sicht der Skeptiker (CNNMoney, Jan. 2017)</translation>
    </message>
    <message>
        <source>Taobao Villages in America (Forbes, Jan 2017)</source>
        <translation>Taobao-Dörfer in Amerika (Forbes, Jan. 2017)</translation>
    </message>
    <message>
        <source>What happened (reports, 2017 to 2020)</source>
        <translation>Was geschah (Berichte, 2017 bis 2020)</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a PledgeCheck recovery file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine PledgeCheck-Wiederherstellungsdatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 to %1</source>
        <translation>„version“ muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>written by a newer PledgeCheck (recovery format version %1; this one reads versions 1 to %2)</source>
        <translation>von einem neueren PledgeCheck geschrieben (Wiederherstellungsformat %1; diese Version liest die Formate 1 bis %2)</translation>
    </message>
    <message>
        <source>&quot;autosavedAt&quot; is not a date and time (ISO 8601)</source>
        <translation>„autosavedAt“ ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;originalPath&quot; must be a string (empty when untitled)</source>
        <translation>„originalPath“ muss eine Zeichenkette sein (leer, wenn unbenannt)</translation>
    </message>
    <message>
        <source>&quot;scenario&quot; must be a scenario object</source>
        <translation>„scenario“ muss ein Szenario-Objekt sein</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>the path is %1, not a regular file</source>
        <translation>der Pfad ist %1, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Byte</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>the sentence &quot;%1&quot; does not fit</source>
        <translation>der Satz „%1“ passt nicht</translation>
    </message>
    <message>
        <source>%1 (millions)</source>
        <translation>%1 (Millionen)</translation>
    </message>
</context>
<context>
    <name>SellersChart</name>
    <message>
        <source>Baseline (as opened or saved)</source>
        <translation>Ausgangsstand (wie geöffnet oder gespeichert)</translation>
    </message>
    <message>
        <source>Market size (logistic cap)</source>
        <translation>Marktgröße (logistische Obergrenze)</translation>
    </message>
    <message>
        <source>Hiring sellers</source>
        <translation>Einstellende Händler</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>%1: US sellers on the platforms</source>
        <translation>%1: US-Händler auf den Plattformen</translation>
    </message>
    <message>
        <source>sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Market size (logistic cap): %1</source>
        <translation>Marktgröße (logistische Obergrenze): %1</translation>
    </message>
    <message>
        <source>Sellers: %1 by %2</source>
        <translation>Händler: %1 bis %2</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>sellers (market size above the scale)</source>
        <translation>Händler (Marktgröße über der Skala)</translation>
    </message>
    <message>
        <source>Market size (logistic cap): %1, off the scale</source>
        <translation>Marktgröße (logistische Obergrenze): %1, außerhalb der Skala</translation>
    </message>
    <message>
        <source>↑ market size off the scale: %1</source>
        <translation>↑ Marktgröße außerhalb der Skala: %1</translation>
    </message>
</context>
<context>
    <name>SourcesChart</name>
    <message>
        <source>Direct hires, net of displacement</source>
        <translation>Direkte Einstellungen, abzüglich Verdrängung</translation>
    </message>
    <message>
        <source>Service jobs, net of displacement</source>
        <translation>Service-Arbeitsplätze, abzüglich Verdrängung</translation>
    </message>
    <message>
        <source>Displaced (would exist anyway)</source>
        <translation>Verdrängt (gäbe es ohnehin)</translation>
    </message>
    <message>
        <source>%1: where the linked jobs come from</source>
        <translation>%1: woher die zugerechneten Arbeitsplätze kommen</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Direct hires, net of displacement: %1</source>
        <translation>Direkte Einstellungen, abzüglich Verdrängung: %1</translation>
    </message>
    <message>
        <source>Service jobs, net of displacement: %1</source>
        <translation>Service-Arbeitsplätze, abzüglich Verdrängung: %1</translation>
    </message>
    <message>
        <source>Displaced (would exist anyway): %1</source>
        <translation>Verdrängt (gäbe es ohnehin): %1</translation>
    </message>
</context>
<context>
    <name>SystemReason</name>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherplatzkontingent überschritten</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Nur lesbares Dateisystem</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Parameter at its 10th percentile</source>
        <translation>Parameter an seinem 10. Perzentil</translation>
    </message>
    <message>
        <source>Parameter at its 90th percentile</source>
        <translation>Parameter an seinem 90. Perzentil</translation>
    </message>
    <message>
        <source>Projection with the values as set</source>
        <translation>Projektion wie eingestellt</translation>
    </message>
    <message>
        <source>Every input is fixed: nothing swings the jobs</source>
        <translation>Alle Eingaben sind fest: nichts bewegt die Arbeitsplätze</translation>
    </message>
    <message>
        <source>Give an input a distribution to see which moves them most.</source>
        <translation>Geben Sie einer Eingabe eine Verteilung, um zu sehen, welche sie am stärksten bewegt.</translation>
    </message>
    <message>
        <source>%1: what moves jobs created by %2 most</source>
        <translation>%1: was die neuen Arbeitsplätze bis %2 am stärksten bewegt</translation>
    </message>
    <message>
        <source>%1: what moves jobs linked in %2 most</source>
        <translation>%1: was die zugerechneten Arbeitsplätze (Stand %2) am stärksten bewegt</translation>
    </message>
    <message>
        <source>jobs created by %1</source>
        <translation>neue Arbeitsplätze bis %1</translation>
    </message>
    <message>
        <source>jobs linked in %1</source>
        <translation>zugerechnete Arbeitsplätze, Stand %1</translation>
    </message>
    <message>
        <source>%1 (below 0: jobs lost)</source>
        <translation>%1 (unter 0: verlorene Arbeitsplätze)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>, rank corr. %1</source>
        <translation>, Rangkorr. %1</translation>
    </message>
    <message>
        <source>Projection with the values as set: %1</source>
        <translation>Projektion wie eingestellt: %1</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>yyyy-MM</source>
        <comment>a month as QDate::toString writes it: the language&apos;s usual short form</comment>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ChartPanel</name>
    <message>
        <source>cannot export %1: no scenario is shown yet</source>
        <translation>%1 kann nicht exportiert werden: Es wird noch kein Szenario angezeigt</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ComparePage</name>
    <message>
        <source>Add &amp;File...</source>
        <translation>Datei &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Add As &amp;Saved</source>
        <translation>Wie &amp;gespeichert hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Every &amp;parameter</source>
        <translation>Alle &amp;Parameter</translation>
    </message>
    <message>
        <source>Add &amp;Preset</source>
        <translation>&amp;Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Compare with this scenario as it was last opened or saved</source>
        <translation>Mit diesem Szenario vergleichen, wie es zuletzt geöffnet oder gespeichert wurde</translation>
    </message>
    <message>
        <source>Remove the scenario of the selected column from the comparison</source>
        <translation>Das Szenario der gewählten Spalte aus dem Vergleich nehmen</translation>
    </message>
    <message>
        <source>Show every parameter, not only those that differ</source>
        <translation>Alle Parameter zeigen, nicht nur die abweichenden</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Verglichene Szenarien</translation>
    </message>
    <message>
        <source>Compare with Scenario</source>
        <translation>Mit Szenario vergleichen</translation>
    </message>
    <message>
        <source>PledgeCheck scenarios (*.pledgecheck *.json);;All files (*)</source>
        <translation>PledgeCheck-Szenarien (*.pledgecheck *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (as last opened or saved)</source>
        <translation>%1 (wie zuletzt geöffnet oder gespeichert)</translation>
    </message>
    <message>
        <source>Differs between the scenarios</source>
        <translation>Weicht zwischen den Szenarien ab</translation>
    </message>
    <message>
        <source>%1 (this scenario)</source>
        <translation>%1 (dieses Szenario)</translation>
    </message>
</context>
<context>
    <name>pledgecheck::DatedEntriesEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Adds a row to the table (Insert)</source>
        <translation>Fügt der Tabelle eine Zeile hinzu (Einfg)</translation>
    </message>
    <message>
        <source>Removes the current row (Delete)</source>
        <translation>Entfernt die aktuelle Zeile (Entf)</translation>
    </message>
</context>
<context>
    <name>pledgecheck::DatedEntriesModel</name>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, for example 2018-09</source>
        <translation>„%1“ ist kein Monat: schreiben Sie ihn als JJJJ-MM, zum Beispiel 2018-09</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type one such as %2</source>
        <translation>„%1“ ist keine Zahl: geben Sie eine wie %2 ein</translation>
    </message>
</context>
<context>
    <name>pledgecheck::DensityPreview</name>
    <message>
        <source>Density of the distribution</source>
        <translation>Dichte der Verteilung</translation>
    </message>
    <message>
        <source>Fixed at %1</source>
        <translation>Fest bei %1</translation>
    </message>
</context>
<context>
    <name>pledgecheck::DistributionDialog</name>
    <message>
        <source>Uncertainty of %1</source>
        <translation>Unsicherheit von %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>%1 is outside what this number may be, %2 to %3; it was not taken.</source>
        <translation>%1 liegt außerhalb dessen, was diese Zahl sein darf, %2 bis %3; der Wert wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The parameter&apos;s value is the centre of its distribution: the midpoint, the most likely value, the mean or the median. Draws are kept to the valid range, %1.</source>
        <translation>Der Wert des Parameters ist die Mitte seiner Verteilung: der Mittelpunkt, der wahrscheinlichste Wert, der Mittelwert oder der Median. Ziehungen bleiben im gültigen Bereich, %1.</translation>
    </message>
    <message>
        <source>The low end, %1, is above the high end, %2.</source>
        <translation>Das untere Ende, %1, liegt über dem oberen Ende, %2.</translation>
    </message>
    <message>
        <source>Low %1, most likely %2 and high %3 must come in that order.</source>
        <translation>Unten %1, wahrscheinlichster Wert %2 und oben %3 müssen in dieser Reihenfolge stehen.</translation>
    </message>
    <message>
        <source>The standard deviation must be above 0.</source>
        <translation>Die Standardabweichung muss über 0 liegen.</translation>
    </message>
    <message>
        <source>The median must be above 0 and the 90th percentile above the median.</source>
        <translation>Der Median muss über 0 liegen und das 90. Perzentil über dem Median.</translation>
    </message>
    <message>
        <source>Its centre, %1, is outside the valid range, %2.</source>
        <translation>Ihre Mitte, %1, liegt außerhalb des gültigen Bereichs, %2.</translation>
    </message>
    <message>
        <source>No distribution to draw</source>
        <translation>Keine Verteilung zu zeichnen</translation>
    </message>
</context>
<context>
    <name>pledgecheck::DocumentController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Cannot open the preset</source>
        <translation>Die Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Das Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Your changes are still open; save them elsewhere.</source>
        <translation>%1

Ihre Änderungen sind weiterhin geöffnet; speichern Sie sie an anderer Stelle.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>Diagramm „%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Die Daten können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the data to %1</source>
        <translation>Daten nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>%1 has changed on disk since this window opened or saved it: another window or program saved it. Saving now replaces that version with this window&apos;s.

Overwrite it, or Cancel and use Save As to keep both?</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit dieses Fenster die Datei geöffnet oder gespeichert hat: Ein anderes Fenster oder Programm hat sie gespeichert. Speichern ersetzt jetzt jene Fassung durch die dieses Fensters.

Überschreiben, oder Abbrechen und mit „Speichern unter“ beide behalten?</translation>
    </message>
</context>
<context>
    <name>pledgecheck::EventsTableModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Note (what happened, source)</source>
        <translation>Notiz (was geschah, Quelle)</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ExportChartDialog</name>
    <message>
        <source>&amp;Source line under the chart: scenario, version, sources</source>
        <translation>&amp;Quellenzeile unter dem Diagramm: Szenario, Version, Quellen</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Breite</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Höhe</translation>
    </message>
    <message>
        <source>Common sizes</source>
        <translation>Übliche Größen</translation>
    </message>
    <message>
        <source>Light: on white, for print and most pages</source>
        <translation>Hell: auf Weiß, für Druck und die meisten Seiten</translation>
    </message>
    <message>
        <source>Dark: on dark grey, for dark slides and pages</source>
        <translation>Dunkel: auf Dunkelgrau, für dunkle Folien und Seiten</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
</context>
<context>
    <name>pledgecheck::FitDialog</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>Fit to Reported Data</source>
        <translation>An gemeldete Zahlen anpassen</translation>
    </message>
    <message>
        <source>Now %1; valid from %2</source>
        <translation>Jetzt %1; gültig von %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Check the parameters whose values should bring the projection closest to the scenario&apos;s reported figures (%1), on the logarithms of the values.</source>
        <translation>Wählen Sie die Parameter, deren Werte die Projektion den gemeldeten Zahlen des Szenarios (%1) am nächsten bringen sollen, auf den Logarithmen der Werte.</translation>
    </message>
    <message>
        <source>The projection then stands, typically, a factor of %1 from the reports (root mean square of the log errors %2; reports used: %3).</source>
        <translation>Die Projektion liegt dann typischerweise um den Faktor %1 neben den Meldungen (quadratisches Mittel der logarithmischen Fehler %2; verwendete Meldungen: %3).</translation>
    </message>
</context>
<context>
    <name>pledgecheck::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The &amp;Model: Equations and Sources</source>
        <translation>Das &amp;Modell: Gleichungen und Quellen</translation>
    </message>
    <message>
        <source>&amp;About PledgeCheck</source>
        <translation>Ü&amp;ber PledgeCheck</translation>
    </message>
    <message>
        <source>About PledgeCheck</source>
        <translation>Über PledgeCheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PledgeCheck %1&lt;/h3&gt;&lt;p&gt;A scenario modeller for job-creation pledges: Alibaba&apos;s January 2017 pledge of one million US jobs, tested against its assumptions, every default citing its public source.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licence: none is declared yet; the README names none. Qt is used under the GNU LGPL version 3 (Help &amp;gt; About Qt).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PledgeCheck %1&lt;/h3&gt;&lt;p&gt;Ein Szenariomodell für Zusagen zur Schaffung von Arbeitsplätzen: Alibabas Zusage vom Januar 2017 über eine Million US-Arbeitsplätze, geprüft an ihren Annahmen; jeder Standardwert nennt seine öffentliche Quelle.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenz: noch keine angegeben; die README nennt keine. Qt wird unter der GNU LGPL Version 3 verwendet (Hilfe &amp;gt; Über Qt).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>No local copy of %1 was found. Looked for:
%2</source>
        <translation>Keine lokale Kopie von %1 gefunden. Gesucht wurde:
%2</translation>
    </message>
    <message>
        <source>Could not open %1: no program is set to open it.</source>
        <translation>%1 konnte nicht geöffnet werden: Kein Programm ist zum Öffnen eingerichtet.</translation>
    </message>
    <message>
        <source>PledgeCheck &amp;User Guide</source>
        <translation>PledgeCheck-Benutzer&amp;handbuch</translation>
    </message>
</context>
<context>
    <name>pledgecheck::KeyFiguresView</name>
    <message>
        <source>Values as set</source>
        <translation>Eingestellte Werte</translation>
    </message>
    <message>
        <source>The projection with every input at the value it is set to</source>
        <translation>Die Projektion mit jeder Eingabe auf ihrem eingestellten Wert</translation>
    </message>
    <message>
        <source>Draws: median (p10 to p90)</source>
        <translation>Ziehungen: Median (P10 bis P90)</translation>
    </message>
    <message>
        <source>Over the Monte Carlo draws of the uncertain inputs: the median, and the 10th to the 90th percentile</source>
        <translation>Über die Monte-Carlo-Ziehungen der unsicheren Eingaben: der Median und das 10. bis 90. Perzentil</translation>
    </message>
    <message>
        <source>Pledge met</source>
        <translation>Zusage erfüllt</translation>
    </message>
    <message>
        <source>As set: the first month the projected jobs reach the pledge. Over the draws: the share whose jobs reach it by the horizon</source>
        <translation>Wie eingestellt: der erste Monat, in dem die projizierten Arbeitsplätze die Zusage erreichen. Über die Ziehungen: der Anteil, dessen Arbeitsplätze sie bis zum Horizont erreichen</translation>
    </message>
    <message>
        <source>The share of the Monte Carlo draws in which jobs reach the pledge by the horizon</source>
        <translation>Der Anteil der Monte-Carlo-Ziehungen, in denen die Arbeitsplätze die Zusage bis zum Horizont erreichen</translation>
    </message>
    <message>
        <source>Growth needed</source>
        <translation>Nötiges Wachstum</translation>
    </message>
    <message>
        <source>Yearly seller growth (before churn) at which jobs at the horizon equal the pledge, all else as set</source>
        <translation>Jährliches Händlerwachstum (vor Abwanderung), bei dem die Arbeitsplätze am Horizont der Zusage entsprechen, alles andere wie eingestellt</translation>
    </message>
    <message>
        <source>Hires needed</source>
        <translation>Nötige Einstellungen</translation>
    </message>
    <message>
        <source>Hires per hiring seller at which jobs at the horizon equal the pledge, all else as set</source>
        <translation>Einstellungen je einstellendem Händler, bei denen die Arbeitsplätze am Horizont der Zusage entsprechen, alles andere wie eingestellt</translation>
    </message>
    <message>
        <source>Starting sellers needed</source>
        <translation>Nötige Händler zu Beginn</translation>
    </message>
    <message>
        <source>Sellers at the start at which jobs at the horizon equal the pledge, all else as set</source>
        <translation>Händler zu Beginn, bei denen die Arbeitsplätze am Horizont der Zusage entsprechen, alles andere wie eingestellt</translation>
    </message>
    <message>
        <source>Export-supported jobs</source>
        <translation>Exportgestützte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jobs supported by the sellers&apos; exports at the horizon: a second lens that overlaps with direct jobs, never added to them</source>
        <translation>Durch die Exporte der Händler gestützte Arbeitsplätze am Horizont: eine zweite Sicht, die sich mit den direkten Arbeitsplätzen überschneidet und nie zu ihnen addiert wird</translation>
    </message>
    <message>
        <source>Jobs created by %1</source>
        <translation>Neue Arbeitsplätze bis %1</translation>
    </message>
    <message>
        <source>Jobs linked in %1</source>
        <translation>Zugerechnete Arbeitsplätze, Stand %1</translation>
    </message>
    <message>
        <source>Jobs added since %1 by the horizon, J(%2) - J(0), net of displacement, and their share of the pledge: what the pledge&apos;s &quot;create&quot; counts. Every job linked to the sellers, those of %1 included: %3. Negative when the sellers shrink.</source>
        <translation>Seit %1 bis zum Horizont hinzugekommene Arbeitsplätze, J(%2) - J(0), abzüglich Verdrängung, und ihr Anteil an der Zusage: was das „Schaffen“ der Zusage zählt. Jeder den Händlern zugerechnete Arbeitsplatz, einschließlich derer von %1: %3. Negativ, wenn die Händler schrumpfen.</translation>
    </message>
    <message>
        <source>Every job linked to the sellers at the horizon, those of %1 included, net of displacement, and their share of the pledge. Created since %1: %2.</source>
        <translation>Jeder den Händlern am Horizont zugerechnete Arbeitsplatz, einschließlich derer von %1, abzüglich Verdrängung, und ihr Anteil an der Zusage. Seit %1 geschaffen: %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1

As set: %2 jobs, %3 % of the pledge of %4.</source>
        <translation>%1

Wie eingestellt: %2 Arbeitsplätze, %3 % der Zusage von %4.</translation>
    </message>
    <message>
        <source>Sellers in %1</source>
        <translation>Händler, Stand %1</translation>
    </message>
    <message>
        <source>The sellers at the horizon</source>
        <translation>Die Händler am Horizont</translation>
    </message>
    <message>
        <source>The sellers at the horizon, as set: %1</source>
        <translation>Die Händler am Horizont, wie eingestellt: %1</translation>
    </message>
    <message>
        <source>Job-years to %1</source>
        <translation>Arbeitsplatzjahre bis %1</translation>
    </message>
    <message>
        <source>The %1 jobs of each month held for a twelfth of a year, summed from %2 up to %3: one job held two years is two job-years (Council of Economic Advisers, 2009)</source>
        <translation>Die %1 Arbeitsplätze jedes Monats, je ein Zwölftel Jahr gehalten, summiert von %2 bis %3: ein zwei Jahre gehaltener Arbeitsplatz sind zwei Arbeitsplatzjahre (Council of Economic Advisers, 2009)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>geschaffenen</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>zugerechneten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1 (Monat %2)</translation>
    </message>
    <message>
        <source>not met by %1</source>
        <translation>bis %1 nicht erfüllt</translation>
    </message>
    <message>
        <source>Jobs supported by the sellers&apos; exports at the horizon: a second lens that overlaps with direct jobs, never added to them: %1</source>
        <translation>Durch die Exporte der Händler gestützte Arbeitsplätze am Horizont: eine zweite Sicht, die sich mit den direkten Arbeitsplätzen überschneidet und nie zu ihnen addiert wird: %1</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> pro Jahr</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>first crossed in %1, below again by the horizon</source>
        <translation>erstmals überschritten %1, bis zum Horizont wieder darunter</translation>
    </message>
    <message>
        <source>⚠ %1: %2%3 against %4, %5, %6</source>
        <translation>⚠ %1: %2%3 gegenüber %4, %5, %6</translation>
    </message>
    <message>
        <source>%1: %2 at the horizon (%3).
Source: %4</source>
        <translation>%1: %2 am Horizont (%3).
Quelle: %4</translation>
    </message>
    <message>
        <source>%1 jobs created by %2</source>
        <translation>%1 neue Arbeitsplätze bis %2</translation>
    </message>
    <message>
        <source>%1 jobs linked in %2</source>
        <translation>%1 Arbeitsplätze zugerechnet, Stand %2</translation>
    </message>
    <message>
        <source>%1, %2 of the pledge</source>
        <translation>%1, %2 der Zusage</translation>
    </message>
    <message>
        <source> (rough)</source>
        <translation> (grob)</translation>
    </message>
    <message>
        <source>%1 of %2 draws meet it · median %3%4</source>
        <translation>%1 von %2 Ziehungen erfüllen sie · Median %3%4</translation>
    </message>
    <message>
        <source>Jobs %1 %2 over %3 draws. %4</source>
        <translation>Arbeitsplätze %1 %2 über %3 Ziehungen. %4</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>geschaffen bis</translation>
    </message>
    <message>
        <source>linked in</source>
        <translation>zugerechnet, Stand</translation>
    </message>
    <message>
        <source>Sellers in %1 over %2 draws. %3</source>
        <translation>Händler, Stand %1, über %2 Ziehungen. %3</translation>
    </message>
    <message>
        <source>%1 of draws%2</source>
        <translation>%1 der Ziehungen%2</translation>
    </message>
    <message>
        <source>%1 of %2 draws meet the pledge by %3</source>
        <translation>%1 von %2 Ziehungen erfüllen die Zusage bis %3</translation>
    </message>
    <message>
        <source>every input is fixed</source>
        <translation>alle Eingaben sind fest</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>keine: %1</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>certain: every input is fixed</source>
        <translation>sicher: alle Eingaben sind fest</translation>
    </message>
    <message>
        <source>draws: %1</source>
        <translation>Ziehungen: %1</translation>
    </message>
    <message>
        <source>certain: met in %1</source>
        <translation>sicher: erfüllt %1</translation>
    </message>
    <message>
        <source>certain: not met</source>
        <translation>sicher: nicht erfüllt</translation>
    </message>
    <message>
        <source>Every input is fixed: the projection as set is the only outcome</source>
        <translation>Alle Eingaben sind fest: Die Projektion wie eingestellt ist das einzige Ergebnis</translation>
    </message>
    <message>
        <source>Met in %1, %2</source>
        <translation>Erfüllt %1, %2</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Verfehlt: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Plausibility warnings</source>
        <translation>Plausibilitätswarnungen</translation>
    </message>
    <message>
        <source>values as set</source>
        <translation>eingestellte Werte</translation>
    </message>
    <message>
        <source>draws: median, 10th to 90th percentile</source>
        <translation>Ziehungen: Median, 10. bis 90. Perzentil</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>pledgecheck::MainWindow</name>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>Jahreswerte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Preset</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your changes to &quot;%1&quot; and go back to the last saved version?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen und zur zuletzt gespeicherten Fassung zurückkehren?</translation>
    </message>
    <message>
        <source>Export &amp;Chart...</source>
        <translation>&amp;Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Data (CSV)...</source>
        <translation>Da&amp;ten exportieren (CSV) …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs Axis</source>
        <translation>Achse der &amp;Arbeitsplätze</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>Li&amp;near</source>
        <translation>Li&amp;near</translation>
    </message>
    <message>
        <source>&amp;Logarithmic</source>
        <translation>&amp;Logarithmisch</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>%1%2[*] - PledgeCheck</source>
        <translation>%1%2[*] – PledgeCheck</translation>
    </message>
    <message>
        <source>%1
Now kept at: %2</source>
        <translation>%1
Jetzt aufbewahrt unter: %2</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>ein unbenanntes Szenario</translation>
    </message>
    <message>
        <source>PledgeCheck ended without saving changes to %1 (&quot;%2&quot;), last autosaved %3. Restore them?</source>
        <translation>PledgeCheck wurde beendet, ohne Änderungen an %1 („%2“) zu speichern, zuletzt automatisch gesichert %3. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>(%n more unsaved scenario(s) after this one.)</source>
        <translation>
            <numerusform>(Danach noch %n weiteres ungespeichertes Szenario.)</numerusform>
            <numerusform>(Danach noch %n weitere ungespeicherte Szenarien.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not Now keeps it to offer the next time PledgeCheck starts.</source>
        <translation>„Nicht jetzt“ bewahrt sie auf und bietet sie beim nächsten Start von PledgeCheck wieder an.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered unsaved changes to %1; %n more will be offered at the next start</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen an %1 wiederhergestellt; %n weitere wird beim nächsten Start angeboten</numerusform>
            <numerusform>Ungespeicherte Änderungen an %1 wiederhergestellt; %n weitere werden beim nächsten Start angeboten</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Unreadable recovery file</source>
        <translation>Unlesbare Wiederherstellungsdatei</translation>
    </message>
    <message>
        <source>PledgeCheck found unsaved work it cannot read; it may come from a newer version. It is kept, not deleted:

%1</source>
        <translation>PledgeCheck hat ungespeicherte Arbeit gefunden, die es nicht lesen kann; sie stammt vielleicht von einer neueren Version. Sie wird aufbewahrt, nicht gelöscht:

%1</translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation>&amp;Nächstes Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation>&amp;Vorheriges Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>Ereignis hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>&amp;Add observation</source>
        <translation>Beobachtung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Fit to Reported Data...</source>
        <translation>An gemeldete Zahlen &amp;anpassen …</translation>
    </message>
    <message>
        <source>Fit to Reported Data</source>
        <translation>An gemeldete Zahlen anpassen</translation>
    </message>
    <message>
        <source>Also open in another PledgeCheck window</source>
        <translation>Auch in einem anderen PledgeCheck-Fenster geöffnet</translation>
    </message>
    <message>
        <source>Another PledgeCheck window has this file open too. Whichever of the two saves second is asked before it replaces the other&apos;s version.</source>
        <translation>Ein anderes PledgeCheck-Fenster hat diese Datei ebenfalls geöffnet. Wer von beiden als Zweites speichert, wird gefragt, bevor die Fassung des anderen ersetzt wird.</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ObservationLinesView</name>
    <message>
        <source>sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source> (%1–%2)</source>
        <translation> (%1–%2)</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation> (mindestens %1)</translation>
    </message>
    <message>
        <source> (at most %1)</source>
        <translation> (höchstens %1)</translation>
    </message>
    <message>
        <source>%1 %2: reported %3%4, projected %5, %6×</source>
        <translation>%1 %2: gemeldet %3%4, projiziert %5, %6×</translation>
    </message>
    <message>
        <source>; the pledge&apos;s own path %1</source>
        <translation>; der eigene Pfad der Zusage %1</translation>
    </message>
    <message>
        <source>Reported %1, projected %2: the projection is %3 times the report.</source>
        <translation>Gemeldet %1, projiziert %2: die Projektion ist das %3-Fache der Meldung.</translation>
    </message>
    <message>
        <source>The reported range holds the projection.</source>
        <translation>Die Projektion liegt im gemeldeten Bereich.</translation>
    </message>
    <message>
        <source>The projection lies outside the reported range.</source>
        <translation>Die Projektion liegt außerhalb des gemeldeten Bereichs.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Reported figures against the projection</source>
        <translation>Gemeldete Zahlen gegen die Projektion</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ObservationsTableModel</name>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ParameterEditor</name>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert zurücksetzen, %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Default %3 (valid %4).&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Standardwert %3 (gültig %4).&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Uncertainty of %1</source>
        <translation>Unsicherheit von %1</translation>
    </message>
    <message>
        <source>Uncertainty: %1. Held at its value in the draws while yearly seller growth is drawn: growth&apos;s range is already one of net growth (docs/model.md, &quot;One net growth&quot;). Click to edit.</source>
        <translation>Unsicherheit: %1. In den Ziehungen auf seinem Wert gehalten, solange das jährliche Händlerwachstum gezogen wird: Dessen Spanne ist bereits eine des Nettowachstums (docs/model.md, „One net growth“). Zum Bearbeiten klicken.</translation>
    </message>
    <message>
        <source>Uncertainty: %1. Click to edit.</source>
        <translation>Unsicherheit: %1. Zum Bearbeiten klicken.</translation>
    </message>
    <message>
        <source>%1 is outside the valid range, %2: not applied.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs, %2: nicht übernommen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is beyond the slider&lt;/b&gt;, which spans %2; type a value to change it, or drag to come back onto the track.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 liegt jenseits des Schiebereglers&lt;/b&gt;, der %2 umfasst; geben Sie einen Wert ein, um ihn zu ändern, oder ziehen Sie, um auf die Skala zurückzukehren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Valid %1</source>
        <translation>Gültiger Bereich: %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ParameterPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ScenarioDetailsEditor</name>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>Assumptions and their sources</source>
        <translation>Annahmen und ihre Quellen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Not saved: %1. Shorten it to keep it with the scenario.</source>
        <translation>Nicht gespeichert: %1. Kürzen Sie den Text, um ihn mit dem Szenario zu behalten.</translation>
    </message>
</context>
<context>
    <name>pledgecheck::ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Beobachtung hinzufügen</translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation>Beobachtung bearbeiten</translation>
    </message>
    <message>
        <source>Remove observation</source>
        <translation>Beobachtung entfernen</translation>
    </message>
</context>
<context>
    <name>pledgecheck::YearlyTableModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Hiring sellers</source>
        <translation>Einstellende Händler</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>Direkte Arbeitsplätze</translation>
    </message>
    <message>
        <source>Service jobs</source>
        <translation>Service-Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Neue Arbeitsplätze</translation>
    </message>
    <message>
        <source>Jobs linked</source>
        <translation>Zugerechnete Arbeitsplätze</translation>
    </message>
    <message>
        <source>Export-supported jobs</source>
        <translation>Exportgestützte Arbeitsplätze</translation>
    </message>
</context>
<context>
    <name>pledgecheck::YearlyTableView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Nothing copied: select rows or cells of the yearly table first</source>
        <translation>Nichts kopiert: Wählen Sie zuerst Zeilen oder Zellen der Jahrestabelle</translation>
    </message>
    <message>
        <source>Copied 1 row of the yearly table</source>
        <translation>1 Zeile der Jahrestabelle kopiert</translation>
    </message>
    <message>
        <source>Copied %1 rows of the yearly table</source>
        <translation>%1 Zeilen der Jahrestabelle kopiert</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>Jahreswerte</translation>
    </message>
    <message>
        <source>The projection at the start and at the end of each year; select cells and press Ctrl+C to copy them</source>
        <translation>Die Projektion zu Beginn und am Ende jedes Jahres; Zellen auswählen und Strg+C drücken, um sie zu kopieren</translation>
    </message>
</context>
</TS>
