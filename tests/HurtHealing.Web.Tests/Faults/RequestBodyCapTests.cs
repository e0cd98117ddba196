using System.Net;
using System.Text;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Faults;

/// <summary>
/// Bodies are read before sign-in and antiforgery (to give a NUL in a form its message), so what is read is capped:
/// a long chunked post from a stranger is refused with 413 after at most the cap, not read whole into memory.
/// </summary>
public class RequestBodyCapTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const long TwentyEightMegabytes = 28L * 1024 * 1024;

    [Fact]
    public async Task A_28_MB_chunked_sign_in_post_is_refused_after_reading_little_more_than_the_cap()
    {
        var client = factory.CreateBrowserLikeClient();
        var body = new EndlessForm(TwentyEightMegabytes);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/Account/Login", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // The app reads the cap and one byte; the test server's own pipe takes about a megabyte more (2.1 MB in all when measured).
        Assert.True(body.Served < 4 * NulInFormMiddleware.MaxBodyBytes, $"{body.Served:N0} bytes were taken from the client.");
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_before_anything_is_read()
    {
        var client = factory.CreateBrowserLikeClient();
        using var content = new ByteArrayContent(new byte[NulInFormMiddleware.MaxBodyBytes + 1]);
        content.Headers.ContentType = new("multipart/form-data", "utf-8") { Parameters = { new("boundary", "x") } };

        using var response = await client.PostAsync("/Account/Login", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_form_under_the_cap_is_read_as_before()
    {
        var client = factory.CreateBrowserLikeClient();
        using var response = await client.SubmitFormAsync("/Account/Login",
            new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = new string('p', 100_000) });
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        Assert.Contains("Input.Password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>"Input.Email=aaaa…" of the given length, produced as it is read and counting what was taken.</summary>
    private sealed class EndlessForm(long length) : Stream
    {
        private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("Input.Email=");

        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            for (var i = 0; i < n; i++)
            {
                var position = Served + i;
                buffer[offset + i] = position < Prefix.Length ? Prefix[position] : (byte)'a';
            }
            Served += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
