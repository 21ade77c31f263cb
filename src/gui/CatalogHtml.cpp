// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogHtml.h"

#include <QCoreApplication>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::CatalogHtml)
};
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString list(const QStringList& items, const char* tag = "ul") {
    QString out = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString& s : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(s));
    return out + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

QString heading(const QString& text) {
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString breathLabel(BreathCue b) {
    switch (b) {
    case BreathCue::Inhale:
        return Text::tr("breathe in");
    case BreathCue::Exhale:
        return Text::tr("breathe out");
    case BreathCue::Steady:
        return Text::tr("keep breathing");
    case BreathCue::None:
        break;
    }
    return {};
}

QString sourceLine(const Catalog& c, const QStringList& ids) {
    QStringList titles;
    for (const QString& id : ids)
        if (const Source* s = c.source(id))
            titles << s->title;
    return titles.join(QStringLiteral("; "));
}

const char* const kStyle = "<style>"
                           "body { font-size: 15px; }"
                           "h1 { font-size: 26px; margin-bottom: 2px; }"
                           "h2 { font-size: 21px; margin-top: 18px; }"
                           "h3 { font-size: 17px; margin-top: 14px; margin-bottom: 4px; }"
                           "li { margin-bottom: 4px; }"
                           ".meta { font-size: 15px; }"
                           ".source { font-size: 13px; }"
                           "</style>";
} // namespace

QString exerciseHtml(const Catalog& c, const Exercise& e) {
    QStringList regions;
    for (Region r : e.regions)
        regions << regionName(r);
    QString meta = regions.join(QStringLiteral(" · ")) + QStringLiteral(" · ") + exerciseKindName(e.kind);
    if (e.beginner)
        meta += QStringLiteral(" · ") + Text::tr("Good for beginners");

    QString h = QLatin1String(kStyle);
    h += QStringLiteral("<h1>%1</h1><p class=\"meta\"><b>%2</b></p><p>%3</p>")
             .arg(esc(e.name), esc(meta), esc(e.summary));

    h += heading(Text::tr("Default dose")) + QStringLiteral("<p>%1</p>").arg(esc(describeDose(e.dose)));

    QStringList equipment;
    for (Equipment q : e.roller.equipment)
        equipment << equipmentName(q);
    h += heading(Text::tr("The roller"));
    h += QStringLiteral("<p><b>%1.</b> %2</p><p>%3</p>")
             .arg(esc(e.roller.orientation == RollerOrientation::Across
                          ? Text::tr("Across the body")
                          : Text::tr("Lengthwise, along the spine")),
                  esc(e.roller.placement),
                  esc(Text::tr("Suits: %1.").arg(equipment.join(QStringLiteral(", ")))));

    h += heading(Text::tr("Get into position")) + QStringLiteral("<p>%1</p>").arg(esc(e.setup));

    h += heading(Text::tr("Steps")) + QStringLiteral("<ol>");
    for (const Step& s : e.steps) {
        const QString cue = breathLabel(s.breath);
        h += QStringLiteral("<li>%1%2</li>")
                 .arg(esc(s.text), cue.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(cue)));
    }
    h += QStringLiteral("</ol>");

    h += heading(Text::tr("Breathing")) + list(e.breathing);
    if (!e.variations.isEmpty())
        h += heading(Text::tr("Variations")) + list(e.variations);
    h += heading(Text::tr("Avoid")) + list(e.avoid);
    if (!e.cautions.isEmpty())
        h += heading(Text::tr("Cautions")) + list(e.cautions);

    if (!e.contraindications.isEmpty()) {
        QStringList avoid, ask;
        for (const QString& id : e.contraindications)
            if (const Contraindication* k = c.contraindication(id))
                (k->action == ContraAction::Avoid ? avoid : ask) << k->name;
        h += heading(Text::tr("Not for you if"));
        if (!avoid.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Skip this move if you have:"))) + list(avoid);
        if (!ask.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Ask your doctor first if you have:"))) +
                 list(ask);
    }
    h += QStringLiteral("<p class=\"source\">%1</p>")
             .arg(esc(Text::tr("Source: %1").arg(sourceLine(c, {e.source}))));
    return h;
}

QString guideHtml(const Catalog& c) {
    QString h = QLatin1String(kStyle);
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("Guide to rolling your back")));
    QStringList toc;
    for (const GuideSection& s : c.guide.sections)
        toc << s.title;
    h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(toc.join(QStringLiteral(" · "))));
    for (const GuideSection& s : c.guide.sections) {
        h += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(esc(s.id), esc(s.title));
        if (!s.intro.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(s.intro));
        h += QStringLiteral("<ul>");
        for (const GuideItem& it : s.items) {
            h += QStringLiteral("<li>");
            if (!it.title.isEmpty())
                h += QStringLiteral("<b>%1.</b> ").arg(esc(it.title));
            h += esc(it.text);
            if (it.study)
                h += QStringLiteral(" <i>(%1, %2)</i>").arg(esc(it.study->journal)).arg(it.study->year);
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(Text::tr("Disclaimer")), esc(c.guide.disclaimer));
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Text::tr("Sources")));
    for (const Source& s : c.sources) {
        QStringList parts{s.title, s.publisher};
        if (!s.author.isEmpty())
            parts << s.author;
        if (!s.date.isEmpty())
            parts << s.date;
        h += QStringLiteral("<li>%1</li>").arg(esc(parts.join(QStringLiteral(", "))));
    }
    return h + QStringLiteral("</ul>");
}

QString disclaimerHtml(const Catalog& c) {
    QString h = QLatin1String(kStyle);
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(Text::tr("RollGuide is not medical advice")), esc(c.guide.disclaimer));
    h += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
             .arg(esc(Text::tr("Check with a doctor before rolling if you have")),
                  esc(Text::tr("Rolling the back needs care, or a doctor's clearance, with any of these:")));
    for (const Contraindication& k : c.contraindications)
        h += QStringLiteral("<li><b>%1.</b> %2</li>").arg(esc(k.name), esc(k.detail));
    h += QStringLiteral("</ul><p><b>%1</b></p>").arg(esc(Text::tr("Stop at once if anything hurts.")));
    return h;
}

} // namespace rollguide
