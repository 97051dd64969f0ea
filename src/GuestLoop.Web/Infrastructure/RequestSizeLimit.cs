using Microsoft.AspNetCore.Http.Features;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// JSON bodies of the API are limited to 1 MiB (413 beyond); uploads have their own, configurable limit
/// enforced where the file is read.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public const long ApiBodyLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/api") && !IsUpload(http.Request))
        {
            if (http.Request.ContentLength > ApiBodyLimit)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem($"The request body is larger than {ApiBodyLimit} bytes.", statusCode: 413, title: "Payload too large")
                    .ExecuteAsync(http);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = ApiBodyLimit;
            }

            // A chunked body has no length up front, and not every server enforces the feature: count it as it is read.
            http.Request.Body = new LimitedStream(http.Request.Body, ApiBodyLimit);
        }

        await next(http);
    }

    private static bool IsUpload(HttpRequest request) => request.HasFormContentType;
}

/// <summary>A read-only body stream that fails with 413 once more than the limit has been read.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
