#ifndef RAPPORT_MALLOC_POLICY_H
#define RAPPORT_MALLOC_POLICY_H

/// Has the C allocator give every block of `bytes` or more its own pages, returned to the
/// system as soon as the block is freed, whatever was freed before, and give back the free
/// top of its heap beyond `bytes`. Does nothing where the allocator has no such settings.
void rapport_map_blocks_from(int bytes);

#endif
