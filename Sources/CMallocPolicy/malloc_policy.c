#include "malloc_policy.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

void rapport_map_blocks_from(int bytes) {
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
  // Setting the thresholds stops glibc from raising them each time a mapped block is freed;
  // the trim threshold, once raised, would keep freed memory at the top of the heap.
  mallopt(M_MMAP_THRESHOLD, bytes);
  mallopt(M_TRIM_THRESHOLD, bytes);
#else
  (void)bytes;
#endif
}
