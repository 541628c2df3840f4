/**
 * TCP (RFC 9293) for Kiln's library OS: single-threaded, event-driven, parameterised by IP below
 * ({@link kiln.net.IpOutput}), a {@link kiln.net.Clock} and an {@link kiln.net.Entropy} source.
 *
 * <h2>Map</h2>
 * <ul>
 * <li>Wire: {@link kiln.net.tcp.TcpSegment} (parse, never throws; reasons in {@link kiln.net.tcp.TcpDrop}),
 *     {@code TcpEncoder} (header, options, checksum).</li>
 * <li>Demultiplexing, ports, RSTs for nobody, timers: {@link kiln.net.tcp.TcpLayer};
 *     passive opens: {@link kiln.net.tcp.TcpListener}.</li>
 * <li>One connection's state machine and API: {@link kiln.net.tcp.TcpConnection}, with its parts
 *     {@code SendQueue} (zero-copy first transmission), {@code ReceiveBuffer} (ring with in-place
 *     out-of-order reassembly), {@code RttEstimator} (RFC 6298), {@code NewReno} (RFC 5681/6582),
 *     {@code IsnGenerator} + {@code SipHash} (RFC 6528).</li>
 * <li>Readiness for a blocking socket layer or a Selector: {@link kiln.net.tcp.TcpReadiness}.</li>
 * </ul>
 *
 * <h2>Driving it</h2>
 * Call {@code TcpLayer.receive} for every TCP segment IP delivers, and {@code TcpLayer.onTimers(now)}
 * whenever {@code nextDeadline()} has passed; the application's non-blocking calls can come in
 * between. Nothing here blocks, allocates threads, or reads the wall clock.
 *
 * <h2>Not implemented (deliberately, for now)</h2>
 * SACK (RFC 2018; SACK-permitted is parsed and ignored), SYN cookies (half-open connections are
 * bounded instead), urgent data (the URG pointer is ignored), dropping segments without timestamps
 * after they were negotiated (RFC 7323 §3.2 SHOULD), path-MTU changes after the handshake.
 */
package kiln.net.tcp;
