#include "adapters/publishing/s3/s3_publisher.h"
#include "adapters/publishing/s3/sigv4_signer.h"

#include <QTest>

using namespace reelforge::adapters;

// Our Signature V4 against AWS's published examples: the "aws-sig-v4-test-suite" vectors
// (service "service", us-east-1, AKIDEXAMPLE, 2015-08-30T12:36:00Z) and the S3 "GET Object"
// example from the Signature V4 documentation (AKIAIOSFODNN7EXAMPLE, 2013-05-24). s3rver does
// not check signatures, so these vectors are what proves the signer right.
class TestPublishSigV4 final : public QObject {
    Q_OBJECT

    const QDateTime m_suiteTime = QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
    const SigV4Signer m_suite { { QStringLiteral("AKIDEXAMPLE"),
                                    QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {} },
        QStringLiteral("us-east-1"), QStringLiteral("service") };
    const QByteArray m_emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    SigV4Signer::Signed suite(const QByteArray& method, const QString& url,
        QList<QPair<QByteArray, QByteArray>> headers, const QByteArray& body = {}) const
    {
        headers.prepend(qMakePair(QByteArray("Host"), QByteArray("example.amazonaws.com")));
        headers.append(qMakePair(QByteArray("X-Amz-Date"), QByteArray("20150830T123600Z")));
        return m_suite.sign({ method, QUrl(url), headers, SigV4Signer::sha256Hex(body) }, m_suiteTime, false);
    }

private slots:
    void signingKeyMatchesTheDocumentedExample()
    {
        // "Derive a signing key": secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20150830, us-east-1, iam.
        QCOMPARE(SigV4Signer::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                     "20150830", QStringLiteral("us-east-1"), QStringLiteral("iam"))
                     .toHex(),
            QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    }

    void getVanilla()
    {
        const auto s = suite("GET", QStringLiteral("https://example.amazonaws.com/"), {});
        QCOMPARE(s.canonicalRequest,
            QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                       "host;x-amz-date\n")
                + m_emptyHash);
        QCOMPARE(s.stringToSign,
            QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                       "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        QCOMPARE(s.authorization,
            QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                       "SignedHeaders=host;x-amz-date, "
                       "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    }

    void getVanillaQueryOrderKeyCase()
    {
        const auto s
            = suite("GET", QStringLiteral("https://example.amazonaws.com/?Param2=value2&Param1=value1"), {});
        QVERIFY(s.canonicalRequest.startsWith("GET\n/\nParam1=value1&Param2=value2\n"));
        QCOMPARE(s.signature, QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"));
    }

    void postVanilla()
    {
        const auto s = suite("POST", QStringLiteral("https://example.amazonaws.com/"), {});
        QCOMPARE(s.signature, QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
    }

    void postXWwwFormUrlencoded()
    {
        const auto s = suite("POST", QStringLiteral("https://example.amazonaws.com/"),
            { { "Content-Type", "application/x-www-form-urlencoded" } }, "Param1=value1");
        QCOMPARE(s.canonicalRequest,
            QByteArray(
                "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
                "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
                "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"));
        QCOMPARE(s.signature, QByteArray("ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
    }

    void s3GetObjectExample()
    {
        const SigV4Signer signer({ QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                                     QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), {} },
            QStringLiteral("us-east-1"), QStringLiteral("s3"));
        const auto s = signer.sign(
            { "GET", QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")),
                { { "Host", "examplebucket.s3.amazonaws.com" }, { "Range", "bytes=0-9" },
                    { "x-amz-content-sha256", m_emptyHash }, { "x-amz-date", "20130524T000000Z" } },
                m_emptyHash },
            QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC));
        QCOMPARE(s.canonicalRequest,
            QByteArray(
                "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n")
                + m_emptyHash);
        QCOMPARE(s.stringToSign,
            QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                       "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
        QCOMPARE(s.signature, QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void uriEncodingFollowsTheSigV4Rules()
    {
        QCOMPARE(SigV4Signer::uriEncode("a b/c~d_e.f-g*h", false), QByteArray("a%20b/c~d_e.f-g%2Ah"));
        QCOMPARE(SigV4Signer::uriEncode("a/b=c", true), QByteArray("a%2Fb%3Dc"));
        QCOMPARE(SigV4Signer::uriEncode("\xC3\xA9", true), QByteArray("%C3%A9"));
    }

    void partSizeKeepsLargeFilesWithinTenThousandParts()
    {
        constexpr qint64 kMiB = 1024 * 1024;
        QCOMPARE(S3Publisher::partSize(100 * kMiB, 1), S3Publisher::kMinPart);  // never below 5 MiB
        QCOMPARE(S3Publisher::partSize(100 * kMiB, 16 * kMiB), 16 * kMiB);
        const qint64 huge = 200LL * 1024 * kMiB;  // 200 GiB
        const qint64 part = S3Publisher::partSize(huge, 16 * kMiB);
        QVERIFY((huge + part - 1) / part <= S3Publisher::kMaxParts);
        QCOMPARE(part % kMiB, 0);
    }
};

QTEST_GUILESS_MAIN(TestPublishSigV4)
#include "test_publish_sigv4.moc"
