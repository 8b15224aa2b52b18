import { describe, expect, it } from '@jest/globals'
import { explainDownload } from '../../../src/advice/explain/download.js'

const ROLE = 'arn:aws:iam::222222222222:role/YOUR-INSTANCE-PROFILE-ROLE'
const OWN = `{"Sid":"InstancesReadRevisions","Effect":"Allow","Action":["s3:GetObject","s3:GetObjectVersion"],"Resource":"arn:aws:s3:::shop-releases-dev/shop/*"}`

describe('explainDownload', () => {
  it("names the instances' account and both statements for a bucket in another account", () => {
    expect(
      explainDownload({
        partition: 'aws',
        bucket: 'shop-releases-dev',
        keys: 'shop/*',
        targetAccount: '222222222222',
        bucketAccount: '111111111111'
      })
    ).toBe(
      ' (DownloadBundle: the CodeDeploy agent downloads the revision from s3://shop-releases-dev/shop/* ' +
        'as the instance profile role of the instances, in account 222222222222; its permissions ' +
        `policy there needs ${OWN}; the bucket is in account 111111111111, so the bucket policy of ` +
        `shop-releases-dev there must allow that role too: {"Sid":"ProductionInstancesRead","Effect":"Allow","Principal":{"AWS":"${ROLE}"},"Action":["s3:GetObject","s3:GetObjectVersion"],"Resource":"arn:aws:s3:::shop-releases-dev/shop/*"}; ` +
        'a bucket encrypted with a KMS key needs kms:Decrypt on the key for that role (statement InstancesDecryptRevisions), and a key in another account must allow it in its key policy too (statement InstancesUseKey))'
    )
  })

  it('asks for the instance profile statement alone when the bucket is in their account', () => {
    const hint = explainDownload({
      partition: 'aws-us-gov',
      bucket: 'releases',
      keys: 'app/v1.zip',
      targetAccount: '222222222222',
      bucketAccount: '222222222222'
    })
    expect(hint).toContain(
      '{"Sid":"InstancesReadRevisions","Effect":"Allow","Action":["s3:GetObject","s3:GetObjectVersion"],"Resource":"arn:aws-us-gov:s3:::releases/app/v1.zip"}'
    )
    expect(hint).not.toContain('bucket policy')
  })

  it('says what a bucket in another account would need when its owner is not known', () => {
    const hint = explainDownload({
      partition: 'aws',
      bucket: 'releases',
      keys: 'shop/*',
      targetAccount: '222222222222'
    })
    expect(hint).toContain(
      'if the bucket is in another account, its bucket policy must allow that role too (statement ProductionInstancesRead)'
    )
  })
})
