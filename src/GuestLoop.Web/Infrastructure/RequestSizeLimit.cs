using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// Every request body has a limit fitting its endpoint: 1 MiB unless the endpoint says otherwise
/// (<see cref="BodyLimits.WithBodyLimit{TBuilder}"/>: uploads the evidence maximum, imports their own setting), whatever
/// its content type — JSON, form or multipart. A declared length beyond it is refused at once (413, problem details under
/// /api); a body without a declared length fails with 413 when it is read past the limit, before anything is stored.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next)
{
    public const long DefaultBodyLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBodyLimit;
        if (http.Request.ContentLength > limit && http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem($"The request body is larger than {limit} bytes.", statusCode: 413, title: "Payload too large")
                .ExecuteAsync(http);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        // A chunked body has no length up front, and not every server enforces the feature: count it as it is read.
        // Pages (the guest form) read a too-large body into a BadHttpRequestException with 413 and answer with a page.
        http.Request.Body = new LimitedStream(http.Request.Body, limit);
        await next(http);
    }
}

/// <summary>The body limit of one endpoint, read by <see cref="RequestSizeLimit"/>.</summary>
public sealed record BodyLimit(long Bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => Bytes;
}

public static class BodyLimits
{
    /// <summary>Room for the multipart boundaries, headers and small fields around the files of a form.</summary>
    public const long FormOverhead = 64 * 1024;

    /// <summary>A body read past its limit, also when the antiforgery check was the first to read it.</summary>
    public static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || e.InnerException is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    /// <summary>Forms read anywhere: few fields, none longer than a long complaint; files are limited by the body limit.</summary>
    public static IServiceCollection AddFormLimits(this IServiceCollection services) => services.Configure<FormOptions>(o =>
    {
        o.ValueCountLimit = 256;
        o.ValueLengthLimit = 256 * 1024;
        o.KeyLengthLimit = 256;
        o.MultipartHeadersCountLimit = 16;
        o.MultipartHeadersLengthLimit = 16 * 1024;
    });
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
