#include "domain/models/recipe.h"

#include <QJsonDocument>
#include <QTest>

using namespace reelforge::domain;

class TestRecipe final : public QObject {
    Q_OBJECT
private slots:
    void roundTripsThroughJson()
    {
        const Recipe r { QStringLiteral("shorts"),
            { Step { QStringLiteral("cut-silences"), QJsonObject { { QStringLiteral("thresholdDb"), -40 } } },
                Step { QStringLiteral("transcode"),
                    QJsonObject { { QStringLiteral("preset"), QStringLiteral("shorts-1080x1920") } } } } };
        QVERIFY(r.validate());
        const auto back = Recipe::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(*back, r);
    }

    void fieldLevelErrorsNameTheField()
    {
        const auto doc = QJsonDocument::fromJson(R"({"name":"x","steps":[{"kind":5}]})");
        const auto r = Recipe::fromJson(doc.object());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("step.kind")));
        QVERIFY(Recipe::fromJson(QJsonDocument::fromJson(R"({"name":"x","steps":{}})").object())
                    .error()
                    .message.contains(QStringLiteral("recipe.steps")));
    }

    void emptyRecipesAndBadKindsAreInvalid()
    {
        const Recipe noSteps { QStringLiteral("x"), {} };
        QVERIFY(!noSteps.validate());
        const Recipe noName { QString(), { Step { QStringLiteral("transcode"), {} } } };
        QVERIFY(!noName.validate());
        const auto kindIsValid = [](const char* kind) {
            return bool(Step { QLatin1String(kind), {} }.validate());
        };
        QVERIFY(!kindIsValid("Transcode"));
        QVERIFY(!kindIsValid("cut silences"));
        QVERIFY(kindIsValid("burn-captions2"));
    }
};

QTEST_GUILESS_MAIN(TestRecipe)
#include "test_recipe.moc"
