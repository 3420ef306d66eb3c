package vn.binhxet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketImplFactory;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Records every socket the JVM is asked for, by every route the JDK offers to watch: the classic
 * socket factories (which refuse: their default implementation is internal) and the NIO selector
 * provider (which delegates). Lives only in the child JVM of {@link NoNetworkTest}: the factories
 * are JVM-wide and can be set once, so the test JVM never gets them, and the static list below
 * belongs to that one short-lived process.
 */
public final class NetworkRecorder {
  private static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

  private NetworkRecorder() {}

  static void record(String what) {
    // Where it came from is what one needs to find the culprit.
    StackTraceElement[] stack = new Throwable().getStackTrace();
    StringBuilder s = new StringBuilder(what);
    for (int i = 0; i < Math.min(stack.length, 14); i++) {
      s.append("\n    at ").append(stack[i]);
    }
    EVENTS.add(s.toString());
  }

  static List<String> events() {
    return List.copyOf(EVENTS);
  }

  /**
   * Installs the classic factories. Each is deprecated since Java 17 and may refuse or vanish in a
   * later JDK: called by reflection, and what could not be installed is returned, not thrown.
   */
  static List<String> installFactories() {
    List<String> missing = new ArrayList<>();
    SocketImplFactory sockets = () -> new RefusingSocketImpl("Socket");
    SocketImplFactory servers = () -> new RefusingSocketImpl("ServerSocket");
    install(ServerSocket.class, "setSocketFactory", SocketImplFactory.class, servers, missing);
    install(Socket.class, "setSocketImplFactory", SocketImplFactory.class, sockets, missing);
    install(
        DatagramSocket.class,
        "setDatagramSocketImplFactory",
        java.net.DatagramSocketImplFactory.class,
        (java.net.DatagramSocketImplFactory) RefusingDatagramSocketImpl::new,
        missing);
    if (!(SelectorProvider.provider() instanceof Provider)) {
      missing.add("SelectorProvider (-Djava.nio.channels.spi.SelectorProvider not set)");
    }
    return missing;
  }

  private static void install(
      Class<?> on, String name, Class<?> type, Object factory, List<String> missing) {
    try {
      Method m = on.getMethod(name, type);
      m.invoke(null, factory);
    } catch (ReflectiveOperationException | RuntimeException e) {
      missing.add(on.getSimpleName() + "." + name + ": " + e);
    }
  }

  /**
   * The TCP sockets this process listens on, from /proc (Linux only; empty elsewhere): the lines of
   * /proc/self/net/tcp and tcp6 in state LISTEN whose inode is one of this process's descriptors.
   */
  static List<String> listeningInProc() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return List.of();
    }
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> all = Files.list(fds)) {
      for (Path fd : all.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException gone) {
          // The descriptor of the listing itself closes while we read.
        }
      }
    }
    List<String> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      Path file = Path.of("/proc/self/net", table);
      if (!Files.isReadable(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
        String[] f = line.trim().split("\\s+");
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        boolean bound = table.startsWith("udp") || f[3].equals("0A");
        if (f.length > 9 && bound && inodes.contains(f[9])) {
          listening.add(table + " " + f[1] + (table.startsWith("tcp") ? " LISTEN" : " BOUND"));
        }
      }
    }
    return listening;
  }

  /** Records and refuses everything: the app must never get this far. */
  private static final class RefusingSocketImpl extends SocketImpl {
    private final String kind;

    RefusingSocketImpl(String kind) {
      this.kind = kind;
      record(kind + " created");
    }

    private IOException refuse(String what) {
      record(kind + " " + what);
      return new SocketException("network refused by the probe: " + kind + " " + what);
    }

    @Override
    protected void create(boolean stream) throws IOException {
      throw refuse("create");
    }

    @Override
    protected void connect(String host, int port) throws IOException {
      throw refuse("connect " + host + ":" + port);
    }

    @Override
    protected void connect(InetAddress address, int port) throws IOException {
      throw refuse("connect " + address + ":" + port);
    }

    @Override
    protected void connect(SocketAddress address, int timeout) throws IOException {
      throw refuse("connect " + address);
    }

    @Override
    protected void bind(InetAddress host, int port) throws IOException {
      throw refuse("bind " + host + ":" + port);
    }

    @Override
    protected void listen(int backlog) throws IOException {
      throw refuse("listen");
    }

    @Override
    protected void accept(SocketImpl s) throws IOException {
      throw refuse("accept");
    }

    @Override
    protected InputStream getInputStream() throws IOException {
      throw refuse("read");
    }

    @Override
    protected OutputStream getOutputStream() throws IOException {
      throw refuse("write");
    }

    @Override
    protected int available() throws IOException {
      throw refuse("available");
    }

    @Override
    protected void close() {}

    @Override
    protected void sendUrgentData(int data) throws IOException {
      throw refuse("send");
    }

    @Override
    public void setOption(int optID, Object value) throws SocketException {
      // Options are set before create(); nothing goes out.
    }

    @Override
    public Object getOption(int optID) throws SocketException {
      return null;
    }
  }

  /** Records and refuses every datagram socket. */
  @SuppressWarnings("deprecation")
  private static final class RefusingDatagramSocketImpl extends DatagramSocketImpl {
    RefusingDatagramSocketImpl() {
      record("DatagramSocket created");
    }

    private SocketException refuse(String what) {
      record("DatagramSocket " + what);
      return new SocketException("network refused by the probe: DatagramSocket " + what);
    }

    @Override
    protected void create() throws SocketException {
      throw refuse("create");
    }

    @Override
    protected void bind(int port, InetAddress address) throws SocketException {
      throw refuse("bind " + address + ":" + port);
    }

    @Override
    protected void send(DatagramPacket p) throws IOException {
      throw refuse("send to " + p.getSocketAddress());
    }

    @Override
    protected int peek(InetAddress i) throws IOException {
      throw refuse("peek");
    }

    @Override
    protected int peekData(DatagramPacket p) throws IOException {
      throw refuse("peek");
    }

    @Override
    protected void receive(DatagramPacket p) throws IOException {
      throw refuse("receive");
    }

    @Override
    protected void setTTL(byte ttl) throws IOException {
      throw refuse("ttl");
    }

    @Override
    protected byte getTTL() throws IOException {
      throw refuse("ttl");
    }

    @Override
    protected void setTimeToLive(int ttl) throws IOException {
      throw refuse("ttl");
    }

    @Override
    protected int getTimeToLive() throws IOException {
      throw refuse("ttl");
    }

    @Override
    protected void join(InetAddress inetaddr) throws IOException {
      throw refuse("join");
    }

    @Override
    protected void leave(InetAddress inetaddr) throws IOException {
      throw refuse("leave");
    }

    @Override
    protected void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
      throw refuse("join");
    }

    @Override
    protected void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
      throw refuse("leave");
    }

    @Override
    protected void close() {}

    @Override
    public void setOption(int optID, Object value) throws SocketException {}

    @Override
    public Object getOption(int optID) throws SocketException {
      return null;
    }
  }

  /**
   * The NIO route: named by {@code -Djava.nio.channels.spi.SelectorProvider}, so it is the JVM's
   * provider from the first use on. Records socket channels and hands every call to the JDK's own
   * provider (reached with {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}); selectors and
   * pipes, which touch no network, pass unrecorded.
   */
  public static final class Provider extends SelectorProvider {
    private final SelectorProvider jdk = jdkProvider();

    private static SelectorProvider jdkProvider() {
      try {
        Class<?> c = Class.forName("sun.nio.ch.DefaultSelectorProvider");
        for (String name : List.of("get", "create")) {
          try {
            return (SelectorProvider) c.getMethod(name).invoke(null);
          } catch (NoSuchMethodException next) {
            // Older JDKs named it create().
          }
        }
        throw new IllegalStateException("no DefaultSelectorProvider.get() or create()");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "the JDK's selector provider is out of reach: run with --add-exports"
                + " java.base/sun.nio.ch=ALL-UNNAMED",
            e);
      }
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
      record("DatagramChannel opened");
      return jdk.openDatagramChannel();
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
      record("DatagramChannel opened (" + family + ")");
      return jdk.openDatagramChannel(family);
    }

    @Override
    public Pipe openPipe() throws IOException {
      return jdk.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
      return jdk.openSelector();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
      record("ServerSocketChannel opened");
      return jdk.openServerSocketChannel();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
      record("ServerSocketChannel opened (" + family + ")");
      return jdk.openServerSocketChannel(family);
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
      record("SocketChannel opened");
      return jdk.openSocketChannel();
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
      record("SocketChannel opened (" + family + ")");
      return jdk.openSocketChannel(family);
    }

    @Override
    public Channel inheritedChannel() throws IOException {
      return jdk.inheritedChannel();
    }
  }
}
