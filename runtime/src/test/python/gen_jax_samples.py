"""Regenerates runtime/src/test/resources/dev/jaxc/random/jax-samples.txt.

Needs jax and jaxlib (the file was made with 0.10.2 on x86-64 CPU):
    python gen_jax_samples.py > ../resources/dev/jaxc/random/jax-samples.txt
Each line is: mode (P = jax_threefry_partitionable True, L = False), seed, the sampler and its
arguments, then the results as hex (floats as their IEEE bit patterns, ints two's complement).
JaxSamplesTest recomputes every line with dev.jaxc.random and compares.
"""
import sys
import numpy as np, jax, jax.numpy as jnp
from jax import random, lax
jax.config.update('jax_enable_x64', True)
out=[]
def emit(name, arr):
    a=np.asarray(arr).ravel()
    if a.dtype==np.float32: a=a.view(np.uint32).astype(np.uint64)
    elif a.dtype==np.float64: a=a.view(np.uint64)
    elif a.dtype==np.bool_: a=a.astype(np.uint64)
    else: a=a.astype(np.int64).view(np.uint64) if a.dtype.kind=='i' else a.astype(np.uint64)
    out.append(name+' '+' '.join('%x'%int(v) for v in a))
keys=[0, 42, -3, 0x123456789abcdef]
N=int(sys.argv[1]) if len(sys.argv)>1 else 24
for part in [True, False]:
    jax.config.update('jax_threefry_partitionable', part)
    m='P' if part else 'L'
    for s in keys:
        k=random.PRNGKey(s)
        for n in [1,2,5]:
            emit(f'{m} {s} bits32 {n}', random.bits(k,(n,),jnp.uint32))
            emit(f'{m} {s} bits64 {n}', random.bits(k,(n,),jnp.uint64))
            emit(f'{m} {s} bits8 {n}', random.bits(k,(n,),jnp.uint8))
            emit(f'{m} {s} bits16 {n}', random.bits(k,(n,),jnp.uint16))
            emit(f'{m} {s} split {n}', random.split(k,n))
        emit(f'{m} {s} foldin 7', random.fold_in(k,7))
        emit(f'{m} {s} bits32s', random.bits(k,(),jnp.uint32))
        emit(f'{m} {s} bits64s', random.bits(k,(),jnp.uint64))
        emit(f'{m} {s} uniform', random.uniform(k,(N,),jnp.float64,-3.0,7.5))
        emit(f'{m} {s} uniformF32', random.uniform(k,(N,),jnp.float32,-3.0,7.5))
        emit(f'{m} {s} uniformS', random.uniform(k,(),jnp.float64))
        emit(f'{m} {s} uniformF32S', random.uniform(k,(),jnp.float32))
        emit(f'{m} {s} normal', random.normal(k,(N,),jnp.float64))
        emit(f'{m} {s} normalF32', random.normal(k,(N,),jnp.float32))
        emit(f'{m} {s} normalS', random.normal(k,(),jnp.float64))
        emit(f'{m} {s} normalF32S', random.normal(k,(),jnp.float32))
        for lo,hi in [(0,8),(-5,1000003),(-2**31,2**31-1),(10,3),(0,70000)]:
            emit(f'{m} {s} randint {lo} {hi}', random.randint(k,(N//4,),lo,hi,jnp.int32))
            emit(f'{m} {s} randintS {lo} {hi}', random.randint(k,(),lo,hi,jnp.int32))
        for lo,hi in [(0,8),(-5,10**12+7),(-2**63,2**63-1)]:
            emit(f'{m} {s} randint64 {lo} {hi}', random.randint(k,(N//4,),lo,hi,jnp.int64))
        emit(f'{m} {s} bernoulli', random.bernoulli(k,jnp.float64(0.3),(N//4,)))
        emit(f'{m} {s} bernoulliF32', random.bernoulli(k,jnp.float32(0.3),(N//4,)))
        emit(f'{m} {s} exponential', random.exponential(k,(N,),jnp.float64))
        emit(f'{m} {s} exponentialF32', random.exponential(k,(N,),jnp.float32))
        emit(f'{m} {s} gumbel', random.gumbel(k,(N,),jnp.float64))
        emit(f'{m} {s} gumbelF32', random.gumbel(k,(N,),jnp.float32))
        lg=np.log(np.array([0.1,0.2,0.3,0.4,1e-3]))
        emit(f'{m} {s} categorical', random.categorical(k,jnp.asarray(lg,jnp.float64),shape=(N//4,)))
        emit(f'{m} {s} categoricalF32', random.categorical(k,jnp.asarray(lg,jnp.float32),shape=(N//4,)))
        emit(f'{m} {s} categoricalS', random.categorical(k,jnp.asarray(lg,jnp.float64)))
        emit(f'{m} {s} truncnorm', random.truncated_normal(k,jnp.float64(-1.5),jnp.float64(2.0),(N,),jnp.float64))
        emit(f'{m} {s} truncnormF32', random.truncated_normal(k,jnp.float32(-1.5),jnp.float32(2.0),(N,),jnp.float32))
        for n in [1,10,1700]:
            emit(f'{m} {s} permutation {n}', random.permutation(k,n))
        emit(f'{m} {s} choice rep', random.choice(k,50,(20,),True))
        emit(f'{m} {s} choice norep', random.choice(k,50,(20,),False))
        emit(f'{m} {s} choiceS', random.choice(k,50))
        p=np.array([0.05,0.1,0.0,0.25,0.6])
        emit(f'{m} {s} choice p rep', random.choice(k,5,(30,),True,jnp.asarray(p,jnp.float64)))
        emit(f'{m} {s} choice p norep', random.choice(k,5,(3,),False,jnp.asarray(p,jnp.float64)))
        emit(f'{m} {s} choiceF32 p rep', random.choice(k,5,(30,),True,jnp.asarray(p,jnp.float32)))
        emit(f'{m} {s} choiceF32 p norep', random.choice(k,5,(3,),False,jnp.asarray(p,jnp.float32)))
jax.config.update('jax_enable_x64', False)
for part in [True, False]:
    jax.config.update('jax_threefry_partitionable', part)
    m='P' if part else 'L'
    for s in [0,42,1701]:
        k=random.PRNGKey(s)
        emit(f'{m} {s} choiceF32 rep', random.choice(k,50,(20,),True))
        emit(f'{m} {s} choiceF32S', random.choice(k,50))
print('\n'.join(out))
