teSearchFile("terms/70-72-69",[["primarily",[1,1,12],[]],["principle",[1,1,12],[]],["printed",[1,4,2,21,2,1],[]],["prints",[1,1,26],[]]]);
