package org.dateline.indexer.testing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * A directory that fails writes the way a file system does: when the disk is full (after a given
 * number of bytes, with the message the operating system gives) or when it is read-only.
 */
public final class FailingDirectory extends FilterDirectory {

  /** What the operating system says when a write finds the disk full. */
  public static final String DISK_FULL = "No space left on device";

  private final AtomicLong bytesLeft = new AtomicLong(Long.MAX_VALUE);
  private volatile boolean readOnly;

  public FailingDirectory(Directory in) {
    super(in);
  }

  /** From now on, writes fail once this many more bytes have been written. */
  public void fillAfter(long bytes) {
    bytesLeft.set(bytes);
  }

  /** Frees the disk again. */
  public void free() {
    bytesLeft.set(Long.MAX_VALUE);
  }

  /** Makes every write, delete, rename and lock fail with {@link AccessDeniedException}. */
  public void readOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }

  private void checkWritable(String name) throws AccessDeniedException {
    if (readOnly) {
      throw new AccessDeniedException(name, null, "Read-only file system");
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    checkWritable(name);
    return new Limited(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    checkWritable(prefix);
    return new Limited(in.createTempOutput(prefix, suffix, context));
  }

  @Override
  public void deleteFile(String name) throws IOException {
    checkWritable(name);
    in.deleteFile(name);
  }

  @Override
  public void rename(String source, String dest) throws IOException {
    checkWritable(dest);
    in.rename(source, dest);
  }

  @Override
  public void sync(Collection<String> names) throws IOException {
    checkWritable(names.toString());
    in.sync(names);
  }

  @Override
  public Lock obtainLock(String name) throws IOException {
    checkWritable(name);
    return in.obtainLock(name);
  }

  /** An output that throws {@link #DISK_FULL} when the bytes left run out. */
  private final class Limited extends IndexOutput {
    private final IndexOutput out;

    Limited(IndexOutput out) {
      super("limited(" + out + ")", out.getName());
      this.out = out;
    }

    private void take(long n) throws IOException {
      if (bytesLeft.addAndGet(-n) < 0) {
        bytesLeft.set(0);
        throw new IOException(DISK_FULL);
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
